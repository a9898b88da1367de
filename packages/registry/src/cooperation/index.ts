/** @enlace/registry/cooperation: SIDICSS-compatible records of agreed and completed cooperation. */
export {
  COOPERATION_CSV_COLUMNS,
  captureCooperationRecord,
  cooperationRecordsCsv,
  exportCooperationRecords,
  getCooperationRecord,
  putCooperationRecord,
} from './records.js';
