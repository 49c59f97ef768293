package com.marketplace.sellerperformance.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A consumer of the decision events on the real broker (127.0.0.1:5672): a queue of its own, bound
 * to the whole exchange, deleted when closed. It reads what the service published, as any
 * consumer would.
 */
public final class DecisionEventQueue implements AutoCloseable {
    public static final String EXCHANGE = "seller-performance.decisions";
    private static final long PATIENCE_MILLIS = 60_000;

    private final ObjectMapper json = new ObjectMapper();
    private final Connection connection;
    private final Channel channel;
    private final String queue;
    private final List<JsonNode> received = new ArrayList<>();

    public DecisionEventQueue() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        connection = factory.newConnection("decision-events-test");
        channel = connection.createChannel();
        channel.exchangeDeclare(EXCHANGE, BuiltinExchangeType.TOPIC, true);
        queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, EXCHANGE, "#");
    }

    /**
     * The events about the subject received so far (repeats included), once {@code count} different
     * ones have arrived (or a minute passed).
     */
    public List<JsonNode> about(String subjectId, int count) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (of(subjectId).stream().map(e -> e.path("eventId").asText()).distinct().count() < count
                && System.currentTimeMillis() < deadline) {
            if (!takeOne()) {
                Thread.sleep(100);
            }
        }
        return of(subjectId);
    }

    /** Everything the queue holds now, then the events about the subject. */
    public List<JsonNode> drained(String subjectId) throws IOException {
        drained();
        return of(subjectId);
    }

    /** Everything the queue holds now, then every event received so far (repeats included), in arrival order. */
    public List<JsonNode> drained() throws IOException {
        while (takeOne()) {
            // keep reading
        }
        return List.copyOf(received);
    }

    private boolean takeOne() throws IOException {
        GetResponse response = channel.basicGet(queue, true);
        if (response == null) {
            return false;
        }
        JsonNode event = json.readTree(response.getBody());
        if (!event.path("eventId").asText().equals(response.getProps().getMessageId())) {
            throw new AssertionError("The message id is not the event id: " + response.getProps().getMessageId());
        }
        if (!response.getEnvelope().getRoutingKey().equals(event.path("program").asText() + "." + event.path("type").asText())) {
            throw new AssertionError("Routing key " + response.getEnvelope().getRoutingKey() + " for " + event);
        }
        received.add(event);
        return true;
    }

    private List<JsonNode> of(String subjectId) {
        return received.stream().filter(e -> e.path("subjectId").asText().equals(subjectId)).toList();
    }

    /** (type, effectiveOn) of each event, as "TYPE effectiveOn". */
    public static List<String> changes(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText() + " " + e.path("effectiveOn").asText()).toList();
    }

    @Override
    public void close() throws IOException, TimeoutException {
        channel.queueDelete(queue);
        connection.close();
    }
}
