// The one read, write and delete of every REST settings part (src/core/port/settings-endpoint.ts):
// the request is built from the part's declaration, and the answer is checked against its
// schema, so a new part needs no code here.

import {
  fromAttributes,
  type RestSettingsEndpoint,
  scopeParameter,
  toAttributes,
} from '../core/port/settings-endpoint.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { SnykApiError } from './api-error.ts';
import { requestsOn, sendOnly, sendParsed } from './paginate.ts';
import { readObject, ShapeError } from './shape.ts';
import type { Transport } from './transport.ts';

type SettingsOperations = Pick<SnykClient, 'readSettings' | 'writeSettings' | 'deleteSettings'>;

const rest = requestsOn('rest');

const paramsOf = (endpoint: RestSettingsEndpoint, scopeId: string) => ({
  [scopeParameter(endpoint)]: scopeId,
});

/** The settings in a single-resource answer, in the file's keys. */
function parseSettings(endpoint: RestSettingsEndpoint, body: unknown) {
  const data = readObject(readObject(body, 'body').data, 'data');
  const read = fromAttributes(endpoint, data.attributes, 'data.attributes');
  if ('problem' in read) throw new ShapeError(read.problem.path, read.problem.expected);
  return read.value;
}

export function createSettingsOperations(t: Transport): SettingsOperations {
  return {
    readSettings: async (endpoint, scopeId) => {
      const request = rest('GET', endpoint.template, paramsOf(endpoint, scopeId));
      try {
        return await sendParsed(t, request, (body) => parseSettings(endpoint, body));
      } catch (error) {
        // A part that may not exist (the PR template) answers 404 until one is saved.
        if (endpoint.deletable === true && error instanceof SnykApiError && error.status === 404) return null;
        throw error;
      }
    },

    writeSettings: (endpoint, scopeId, value) =>
      sendOnly(
        t,
        rest(endpoint.write, endpoint.template, paramsOf(endpoint, scopeId), {
          body: {
            data: {
              ...(endpoint.writeId === true ? { id: scopeId } : {}),
              type: endpoint.type,
              attributes: toAttributes(endpoint, value),
            },
          },
        }),
      ),

    deleteSettings: (endpoint, scopeId) =>
      sendOnly(t, rest('DELETE', endpoint.template, paramsOf(endpoint, scopeId))),
  };
}
