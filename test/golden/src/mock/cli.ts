#!/usr/bin/env node
// Generated from the YAML spec by `npm run generate`. Do not edit.
import { runMockCommand } from './command.js';
import { startMockServer } from './index.js';

process.exitCode = await runMockCommand(process.argv.slice(2), startMockServer);
