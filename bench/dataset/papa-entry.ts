// papaparse as an ES module for the bench page (its browser build is UMD).
import Papa from 'papaparse';

export default Papa;
