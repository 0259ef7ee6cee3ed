import { render } from 'preact';
import { Options } from './Options';
import { t, uiLanguage } from '../shared/i18n';
import '../shared/ui/ui.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
