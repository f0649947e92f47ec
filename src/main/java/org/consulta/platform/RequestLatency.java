package org.consulta.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Times every API operation, from its first filter until its answer's headers are ready, as {@code
 * consulta_request_seconds} with the operation as its {@code endpoint} tag ({@code GET
 * /api/laws/{law}}): the path template, never the path, so that the metric has one series per
 * operation however many laws there are.
 */
@Provider
public class RequestLatency implements DynamicFeature {
  static final String NAME = "consulta.request";
  private static final Metadata METADATA =
      Metadata.builder()
          .withName(NAME)
          .withDescription("Time to answer an API request, by operation")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  private static final String API =
      ConsultaApplication.class.getAnnotation(ApplicationPath.class).value();

  @Inject private MetricRegistry registry;

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    String endpoint = httpMethod(method) + " " + template(resource.getResourceClass(), method);
    context.register(new Timing(registry.timer(METADATA, new Tag("endpoint", endpoint))));
  }

  /** {@code /api/laws/{law}/articles/{eId}}, from the class's and the method's {@code @Path}. */
  static String template(Class<?> resource, Method method) {
    String joined = OpenApiPaths.plain(API + "/" + path(resource) + "/" + path(method));
    return Stream.of(joined.split("/"))
        .filter(segment -> !segment.isEmpty())
        .collect(Collectors.joining("/", "/", ""));
  }

  private static String path(AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return "ANY";
  }

  /** First of the request filters, last of the response filters: authentication is timed too. */
  @Priority(1)
  private record Timing(Timer timer) implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = Timing.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (request.getProperty(STARTED) instanceof Long started) {
        timer.update(Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }
}
