import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './canvas/nodes/nodes.css';
import './source/source.css';
import './styles/chrome.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getBridge } from './bridge';
import { createEditorStore } from './store/editorStore';

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  const argmap = getBridge();
  if (!argmap) {
    root.textContent = 'Argmap’s editor runs inside the Argmap app: start it with “npm start”.';
    return;
  }
  const initial = await argmap.document.initial();
  createRoot(root).render(
    <StrictMode>
      <App store={createEditorStore(initial)} argmap={argmap} />
    </StrictMode>,
  );
}

void start();
