import { runAction } from '../../../shared/runtime/action.js';
import { spec } from './spec.js';

void runAction(spec);
