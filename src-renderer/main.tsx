import './zodConfig';
import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './canvas/nodes/nodes.css';
import './source/source.css';
import './styles/chrome.css';
import './present/present.css';
import './export/export.css';
import './fold/fold.css';
import './outline/outline.css';
import './a11y/a11y.css';
import './focus/focus.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getBridge } from './bridge';
import { PresenterView } from './present/PresenterView';
import { createEditorStore } from './store/editorStore';

async function start() {
  // Marks for the benchmark's first-paint breakdown (npm run bench -- startup): the script has run; the document is in.
  performance.mark('argmap:script-run');
  const root = document.getElementById('root');
  if (!root) return;
  const argmap = getBridge();
  if (!argmap) {
    root.textContent = 'Argmap’s editor runs inside the Argmap app: start it with “npm start”.';
    return;
  }
  if (window.location.hash === '#presenter') {
    const start = await argmap.present.initial();
    createRoot(root).render(
      <StrictMode>
        {start ? (
          <PresenterView start={start} argmap={argmap} />
        ) : (
          <p className="presenter-ended">No presentation is running.</p>
        )}
      </StrictMode>,
    );
    return;
  }
  const initial = await argmap.document.initial();
  performance.mark('argmap:document-in');
  createRoot(root).render(
    <StrictMode>
      <App store={createEditorStore(initial)} argmap={argmap} />
    </StrictMode>,
  );
}

void start();
