import { render } from 'preact';
import { Panel } from '../../components/Panel';
import '../../components/panel.css';

const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<Panel pinnedTabId={Number.isInteger(tab) && tab > 0 ? tab : null} />, document.getElementById('app')!);
