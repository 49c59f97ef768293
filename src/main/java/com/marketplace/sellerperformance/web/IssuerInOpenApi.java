package com.marketplace.sellerperformance.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The served document's OIDC scheme (Swagger UI's "Authorize") names the issuer this deployment is
 * configured with; without one the scheme is left out, so nothing points at an issuer that is not there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class IssuerInOpenApi implements OASFilter {
    static final String SCHEME = "openIdConnect";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Optional<String> issuer = issuer(ConfigProvider.getConfig());
        if (openApi.getComponents() == null || openApi.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openApi.getComponents().getSecuritySchemes().get(SCHEME);
        if (scheme == null) {
            return;
        }
        if (issuer.isPresent()) {
            scheme.setOpenIdConnectUrl(issuer.get() + "/.well-known/openid-configuration");
            return;
        }
        openApi.getComponents().removeSecurityScheme(SCHEME);
        if (openApi.getSecurity() != null) {
            openApi.getSecurity().stream().filter(requirement -> requirement.hasScheme(SCHEME)).toList()
                    .forEach(openApi::removeSecurityRequirement);
        }
    }

    private static Optional<String> issuer(Config config) {
        if (!config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false)) {
            return Optional.empty();
        }
        return config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .map(url -> url.replaceAll("/+$", ""));
    }
}
