import { render } from 'preact';
import { App } from './App';
import { uiLanguage } from '../shared/i18n';
import '../shared/ui/ui.css';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
