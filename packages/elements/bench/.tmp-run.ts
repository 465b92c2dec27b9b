import { keystrokeBench } from './.tmp-keystroke.ts'; await keystrokeBench();
