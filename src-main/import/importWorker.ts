import { parentPort } from 'node:worker_threads';
import { importArticle } from './importArticle';
import { isImportRequest, type WorkerReply } from './workerProtocol';

/**
 * The import worker: parses one article off main's thread (pdf.js, mammoth, Readability and the rest),
 * reporting progress. Main cancels by ending the worker, which stops even a page pdf.js is in the middle of.
 */
const port = parentPort;
port?.once('message', async (message: unknown) => {
  const reply = (value: WorkerReply) => port.postMessage(value);
  if (!isImportRequest(message)) {
    reply({
      type: 'result',
      result: { ok: false, message: 'The import worker was sent something it cannot read.' },
    });
    return;
  }
  const result = await importArticle(message.bytes, message.name, {
    onProgress: (done, total) => reply({ type: 'progress', done, total }),
  });
  reply({ type: 'result', result });
});
