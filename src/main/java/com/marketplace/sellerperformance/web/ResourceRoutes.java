package com.marketplace.sellerperformance.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API's routes read once from the resources' own annotations: the path, the method and who may call
 * it. The annotations stay the one place where each is said.
 */
@ApplicationScoped
public class ResourceRoutes {
    /** Who may call a route: anyone, anyone signed in, or the holders of one of the roles. */
    public record Access(boolean signedIn, Set<String> roles) {
        static final Access ANYONE = new Access(false, Set.of());

        boolean allows(SecurityIdentity identity) {
            if (!signedIn) {
                return true;
            }
            if (identity == null || identity.isAnonymous()) {
                return false;
            }
            return roles.isEmpty() || roles.stream().anyMatch(identity::hasRole);
        }
    }

    public record Route(Pattern path, String method, Access access) {
    }

    private final List<Route> routes = new ArrayList<>();

    public ResourceRoutes(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Class<?> resource = bean.getBeanClass();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), httpMethod,
                            access(method, resource)));
                }
            }
        }
    }

    /** The routes that serve this path, whatever their method. */
    public List<Route> serving(String path) {
        String normalised = "/" + path.replaceAll("^/+|/+$", "");
        return routes.stream().filter(route -> route.path().matcher(normalised).matches()).toList();
    }

    private static Access access(Method method, Class<?> resource) {
        Access own = accessDeclaredOn(method);
        if (own != null) {
            return own;
        }
        Access inherited = accessDeclaredOn(resource);
        return inherited == null ? Access.ANYONE : inherited;
    }

    private static Access accessDeclaredOn(AnnotatedElement element) {
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return new Access(true, Set.of(roles.value()));
        }
        if (element.isAnnotationPresent(Authenticated.class)) {
            return new Access(true, Set.of());
        }
        return element.isAnnotationPresent(PermitAll.class) ? Access.ANYONE : null;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("(?<=.)/$", "");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
