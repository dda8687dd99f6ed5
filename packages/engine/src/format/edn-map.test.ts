import { describe, expect, it } from 'vitest';
import { read, text } from '../read/test-helpers';
import { readEdnMap } from './edn-map';

describe('a Clojure map in EDN as a message', () => {
  it('reads keywords, strings, numbers, nil and booleans; nested collections as their text; refuses other text', () => {
    expect(
      readEdnMap(
        '{:request-method :get, :uri "/api/v1/orders/33946", :ring.logger/ms 24, :ok? true, :user nil, :tags #{:a :b}, :params {:id "7"}}',
      ),
    ).toEqual({
      request_method: 'GET',
      uri: '/api/v1/orders/33946',
      'ring.logger.ms': 24,
      'ok?': true,
      user: null,
      tags: '#{:a :b}',
      params: '{:id "7"}',
    });
    expect(readEdnMap('{"level":"info"}')).toBeNull();
    expect(readEdnMap('{:a 1} and more')).toBeNull();
    expect(readEdnMap('{:a "unclosed}')).toBeNull();
  });

  it("reads ring.logger's request lines as requests: method and route, the status the analyzer counts", async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `17-07-07 10:48:${String(i).padStart(2, '0')} api-2 INFO [ring.logger:0] - {:request-method :get, :uri "/api/v1/orders/${33946 + i}", :server-name "api.internal", :ring.logger/type :finish, :status ${i === 7 ? 503 : 200}, :ring.logger/ms 24}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[7]).toMatchObject({
      message: 'GET api/v1/orders/<*>',
      attributes: { status: 503, 'ring.logger.ms': 24, uri: '/api/v1/orders/33953' },
    });
  });
});
