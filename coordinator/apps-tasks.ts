/** The application tasks (anomaly detection, classification by free energy), for coordinator/tasks.ts. */
export { runAnomalyTask } from './anomaly-task.js';
export { runClassifyTask } from './classify-task.js';
