import { render } from 'preact';
import { App } from './App';
import { uiLanguage } from '../shared/i18n';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
