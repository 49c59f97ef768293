package com.marketplace.sellerperformance.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A TCP proxy the test owns in front of a real server, opened before the service starts and given
 * to the test's {@link TcpProxy} field: an outage is the proxy cutting, never the server stopping.
 */
public abstract class ProxiedServer implements QuarkusTestResourceLifecycleManager {
    private TcpProxy proxy;

    protected abstract String host();

    protected abstract int port();

    /** The settings that send the service to the proxy's port instead of the server's. */
    protected abstract Map<String, String> settings(int proxyPort);

    /** Whether the server is away from the start. */
    protected boolean awayAtStart() {
        return false;
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = new TcpProxy(host(), port());
            if (awayAtStart()) {
                proxy.cut();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings(proxy.port());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
