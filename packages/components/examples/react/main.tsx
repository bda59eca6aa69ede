import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { sampleCommitment } from '../sample-commitment.ts';

createRoot(document.getElementById('root')!).render(<App commitment={sampleCommitment} />);
