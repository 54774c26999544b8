import type { VFile } from 'vfile';
import type { Options as MessageOptions, VFileMessage } from 'vfile-message';

/**
 * Adds a diagnostic to a file: a warning (`fatal: false`, a defect of the source) or an info
 * (`fatal: undefined`, something the pipeline repaired or could not know). A vfile message is an
 * Error, and capturing its stack trace — which says nothing about the source — is most of its
 * cost when a long document yields thousands of them, so none is captured.
 */
export function addMessage(
  file: VFile,
  reason: string,
  options: MessageOptions,
  level: 'warning' | 'info' = 'warning',
): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const message = file.message(reason, options);
    message.fatal = level === 'warning' ? false : undefined;
    return message;
  } finally {
    Error.stackTraceLimit = limit;
  }
}
