package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.RouteDoc;

class OpenApiTest {
  @Test
  void document_listsEveryApiRouteWithItsAccess_andNoPage(@TempDir Path home) throws Exception {
    try (TestServer server = TestServer.start(home)) {
      Client.Response r = server.anonymous().get("/api/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      JsonNode doc = r.json();
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      JsonNode paths = doc.get("paths");
      int apis = 0;
      for (var parsed : server.server().endpoints()) {
        Endpoint e = parsed.endpoint;
        if (!e.method.isHttpMethod()) {
          continue;
        }
        RouteDoc routeDoc = e.metadata(RouteDoc.class);
        JsonNode op = paths.path(e.path).path(e.method.name().toLowerCase(Locale.ROOT));
        if (routeDoc.page()) {
          assertThat(op.isMissingNode()).as("page %s %s is not in the API document", e.method, e.path).isTrue();
          continue;
        }
        apis++;
        assertThat(op.isMissingNode()).as("%s %s documented", e.method, e.path).isFalse();
        assertThat(op.get("x-tracemark-access").asText()).isEqualTo(e.metadata(Access.class).label());
        assertThat(op.get("summary").asText()).isNotBlank();
        if (e.path.contains("{id}")) {
          assertThat(op.get("parameters").toString()).contains("\"name\":\"id\",\"in\":\"path\"");
        }
      }
      assertThat(apis).isGreaterThan(30);
      assertThat(paths.path("/api/import").path("post").path("requestBody").toString()).contains("multipart/form-data");
      assertThat(paths.path("/api/owners/unmask").path("post").path("x-tracemark-access").asText()).isEqualTo("unmask");
      assertThat(paths.path("/api/canary/webhook").path("post").path("security").toString())
          .contains("webhookSignature");
    }
  }
}
