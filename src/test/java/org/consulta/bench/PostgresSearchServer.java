package org.consulta.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PostgreSQL's search behind HTTP, so that both sides are asked the same way: {@code GET
 * /search?q=…&lang=…} on the loopback answers JSON shaped like the engine's. One connection per
 * server thread, kept open; statements are planned with their parameters ({@code
 * prepareThreshold=0}), so each query gets a plan for its own words.
 */
final class PostgresSearchServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final BlockingQueue<Connection> connections;

  private PostgresSearchServer(
      HttpServer server, ExecutorService threads, BlockingQueue<Connection> connections) {
    this.server = server;
    this.threads = threads;
    this.connections = connections;
  }

  static PostgresSearchServer start(String jdbcUrl, int threadCount)
      throws IOException, SQLException {
    BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(threadCount);
    for (int i = 0; i < threadCount; i++) {
      connections.add(connect(jdbcUrl));
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService threads = Executors.newFixedThreadPool(threadCount);
    server.setExecutor(threads);
    var started = new PostgresSearchServer(server, threads, connections);
    server.createContext("/search", started::answer);
    server.start();
    return started;
  }

  static Connection connect(String jdbcUrl) throws SQLException {
    String separator = jdbcUrl.contains("?") ? "&" : "?";
    return DriverManager.getConnection(jdbcUrl + separator + "prepareThreshold=0");
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void answer(HttpExchange exchange) throws IOException {
    int status;
    String body;
    Connection db = null;
    try {
      db = connections.take();
      body =
          new PostgresSearch(PostgresRequest.parse(exchange.getRequestURI().getRawQuery()))
              .run(db)
              .toString();
      status = 200;
    } catch (IllegalArgumentException | SQLException e) {
      status = e instanceof SQLException ? 500 : 400;
      body = "{\"detail\": \"" + String.valueOf(e.getMessage()).replace("\"", "'") + "\"}";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 503;
      body = "{}";
    } finally {
      if (db != null) {
        connections.add(db);
      }
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() throws SQLException {
    server.stop(0);
    threads.shutdownNow();
    for (Connection db : connections) {
      db.close();
    }
  }
}
