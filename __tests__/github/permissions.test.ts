import { describe, expect, test } from '@jest/globals'
import { errorStatus, isPermissionError, isRateLimitError } from '../../src/github/permissions.js'
import { httpError } from './fake-octokit.js'

describe('isPermissionError', () => {
  const cases: Array<[string, unknown, boolean, boolean]> = [
    // name, error, permission error?, with notFound
    ['403 integration', httpError(403, 'Resource not accessible by integration'), true, true],
    ['403 other', httpError(403, 'Must have admin rights to Repository.'), true, true],
    [
      '403 rate limit (remaining 0)',
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
      false,
      false
    ],
    [
      '403 secondary rate limit',
      httpError(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '60' }),
      false,
      false
    ],
    [
      '403 rate limit by message only',
      httpError(403, 'API rate limit exceeded for installation'),
      false,
      false
    ],
    ['429', httpError(429, 'Too Many Requests'), false, false],
    ['404', httpError(404, 'Not Found'), false, true],
    ['500', httpError(500, 'Server Error'), false, false],
    ['plain Error', new Error('Resource not accessible by integration'), false, false],
    ['string', 'Resource not accessible by integration', false, false],
    ['null', null, false, false],
    ['object with status', { status: 403, message: 'Resource not accessible by integration' }, true, true]
  ]
  test.each(cases)('%s', (_name, err, expected, expectedWithNotFound) => {
    expect(isPermissionError(err)).toBe(expected)
    expect(isPermissionError(err, { notFound: true })).toBe(expectedWithNotFound)
  })

  test('rate limits are recognised as such', () => {
    expect(isRateLimitError(httpError(403, 'x', { 'x-ratelimit-remaining': '0' }))).toBe(true)
    expect(isRateLimitError(httpError(403, 'x', { 'x-ratelimit-remaining': '4999' }))).toBe(false)
    expect(isRateLimitError(httpError(429, 'x'))).toBe(true)
  })

  test('errorStatus', () => {
    expect(errorStatus(httpError(404, 'Not Found'))).toBe(404)
    expect(errorStatus(new Error('x'))).toBeUndefined()
    expect(errorStatus(undefined)).toBeUndefined()
  })
})
