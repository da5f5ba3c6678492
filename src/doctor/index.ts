export { diagnose, readPaste, type DiagnoseOptions, type PasteKind, type ReadPaste } from './diagnose';
export { inspectedLength } from './limits';
export { doctorPages, type DoctorMode, type DoctorPage, type Finding, type Severity } from './finding';
