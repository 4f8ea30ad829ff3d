import { describe, expect, it } from 'vitest';
import { hostOf, isLoopback, transportOf, urlSchemeOf } from '../../../src/functions/lib/security.js';
import { asyncApiModelOf } from '../../../src/model/index.js';
import { edit, governedAsyncApi2 } from '../../rules/governed-contracts.js';
import { dictionary, loadContract } from '../contracts.js';

describe('security helpers', () => {
  it('reads hosts and URL schemes', () => {
    expect(hostOf('https://user@API.example.com:8443/v1')).toBe('api.example.com');
    expect(hostOf('broker.example.com:9092')).toBe('broker.example.com');
    expect(hostOf('http://[::1]:8080/')).toBe('[::1]');
    expect(urlSchemeOf('MQTTS://b:8883')).toBe('mqtts');
    expect(urlSchemeOf('broker:9092')).toBeUndefined();
  });

  it('treats only loopback hosts as local', () => {
    expect(['http://localhost:8080', 'http://127.0.0.1', 'http://[::1]:3000', 'localhost:1883'].every(isLoopback)).toBe(true);
    expect(['http://localhost.example.com', 'http://10.0.0.1', 'http://api.local'].some(isLoopback)).toBe(false);
  });

  it('decides TLS from protocol, URL scheme, bindings or mutual TLS', async () => {
    const verdict = async (server: Record<string, unknown>, schemes?: Record<string, unknown>) => {
      const doc = edit(governedAsyncApi2(), (d) => {
        d.servers.production = { security: [{ scram: [] }], ...server };
        if (schemes) d.components.securitySchemes = schemes;
      });
      const contract = await loadContract(doc);
      return transportOf(contract, asyncApiModelOf(contract)!.servers[0]!, dictionary()).tls;
    };
    expect(await verdict({ url: 'b:9093', protocol: 'kafka-secure' })).toBe(true);
    expect(await verdict({ url: 'b:9092', protocol: 'kafka' })).toBe(false);
    expect(await verdict({ url: 'ssl://b:9093', protocol: 'kafka' })).toBe(true);
    expect(await verdict({ url: 'b:9092', protocol: 'kafka', bindings: { kafka: { 'x-security.protocol': 'SASL_PLAINTEXT' } } })).toBe(false);
    expect(await verdict({ url: 'b:9092', protocol: 'kafka', bindings: { kafka: { 'x-security.protocol': 'SASL_SSL' } } })).toBe(true);
    expect(await verdict({ url: 'b:1414', protocol: 'ibmmq', bindings: { ibmmq: { cipherSpec: 'ANY_TLS12' } } })).toBe(true);
    expect(await verdict({ url: 'b:5672', protocol: 'amqp', bindings: { amqp: { 'x-tls': true } } })).toBe(true);
    expect(await verdict({ url: 'b:9092', protocol: 'kafka' }, { scram: { type: 'X509' } })).toBe(true);
  });
});
