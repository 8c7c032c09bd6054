import { render } from 'preact';
import { Options } from '../../components/Options';
import { t } from '../../utils/shared/i18n';
import '../../components/panel.css';

// index.html's <title> is English for the moment before this runs: HTML pages get no __MSG_…__.
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
