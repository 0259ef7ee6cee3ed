import { render } from 'preact';
import { App } from './App';
import './research.css';

render(<App />, document.getElementById('app')!);
