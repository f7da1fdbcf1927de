import { describe, expect, it } from 'vitest';
import { GitopsError } from '../../errors.ts';
import { Address } from '../addresses.ts';
import { deleteListedOnce, deleteOnce } from './apply-support.ts';

const lost = () =>
  Promise.reject(
    new GitopsError('DELETE /rest/orgs/{org_id}/memberships/{id} returned 404', { code: 'SNYK_NOT_FOUND' }),
  );

const X = Address.of('x');

describe('deleteOnce', () => {
  it('confirms a failed delete that a re-read shows gone, and says so', async () => {
    expect(await deleteOnce(Address.of('org[a].member[b@c.io]'), lost, async () => false)).toEqual({
      confirmed: true,
      notice:
        'org[a].member[b@c.io]: the answer to the delete was lost (DELETE /rest/orgs/{org_id}/memberships/{id} returned 404); a re-read shows it gone, so it is done',
    });
  });

  it('keeps the failure when the object is still there, or the re-read fails too', async () => {
    await expect(deleteOnce(X, lost, async () => true)).rejects.toThrow(/returned 404/);
    await expect(deleteOnce(X, lost, () => Promise.reject(new Error('read failed')))).rejects.toThrow(
      /returned 404/,
    );
  });

  it('does not re-read after a cancelled run, nor after a bug', async () => {
    let reads = 0;
    const present = async () => {
      reads += 1;
      return false;
    };
    const cancelled = () => Promise.reject(new GitopsError('cancelled', { code: 'SNYK_CANCELLED' }));
    await expect(deleteOnce(X, cancelled, present)).rejects.toThrow('cancelled');
    await expect(deleteOnce(X, () => Promise.reject(new TypeError('bug')), present)).rejects.toThrow('bug');
    expect(reads).toBe(0);
  });

  it('writes once and needs no re-read when the delete succeeds', async () => {
    expect(
      await deleteOnce(
        X,
        async () => undefined,
        async () => true,
      ),
    ).toEqual({});
  });
});

describe('deleteListedOnce', () => {
  it('takes a lost delete as done only when the list no longer shows that id', async () => {
    const others = async () => [{ id: 'm-2' }];
    expect(await deleteListedOnce(X, 'm-1', lost, others)).toMatchObject({ confirmed: true });
    await expect(deleteListedOnce(X, 'm-2', lost, others)).rejects.toThrow(/returned 404/);
  });
});
