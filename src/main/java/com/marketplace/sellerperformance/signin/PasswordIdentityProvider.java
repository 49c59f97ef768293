package com.marketplace.sellerperformance.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Signs in a user name and password (HTTP Basic) against the stored users' bcrypt hashes, counting each
 * failure against the name and the client address. The throttle itself is applied before this, at the
 * door (web/SignInGate), so a locked name is refused without its password being looked at.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final StoredUsers users;
    private final SignInThrottle throttle;

    public PasswordIdentityProvider(StoredUsers users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String name = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String address = clientAddress(request);
        return context.runBlocking(() -> users.check(name, password)
                .<SecurityIdentity>map(user -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(user.name()))
                        .addRoles(Set.copyOf(user.roles()))
                        .build())
                .orElseThrow(() -> {
                    throttle.failed(name, address);
                    return new AuthenticationFailedException();
                }));
    }

    public static String clientAddress(RoutingContext context) {
        return context == null || context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress();
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        return clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
    }
}
