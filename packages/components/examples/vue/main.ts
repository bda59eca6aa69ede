import { mount } from './App.ts';
import { sampleCommitment } from '../sample-commitment.ts';

mount('#root', sampleCommitment);
