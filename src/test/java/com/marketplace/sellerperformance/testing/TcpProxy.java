package com.marketplace.sellerperformance.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy owned by a test: a loopback port forwarding to a server. {@link #cut()} refuses new
 * connections and resets every open one, as a server that went away would; {@link #stall()} keeps
 * every connection open and takes new ones but forwards nothing, as a server that hangs or a network
 * that drops every packet would; {@link #restore()} ends either: connections are taken again on the
 * same port, and what a stall held back is delivered. The server itself is never touched.
 */
public final class TcpProxy implements AutoCloseable {
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private ServerSocket listener;
    private int port;
    private boolean stalled;

    TcpProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        listen(0);
    }

    public int port() {
        return port;
    }

    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    /** Connections stay open and new ones are taken, but not a byte goes through until {@link #restore()}. */
    public synchronized void stall() {
        stalled = true;
    }

    public synchronized void restore() throws IOException {
        stalled = false;
        notifyAll();
        if (listener.isClosed()) {
            listen(port);
        }
    }

    private synchronized void awaitFlowing(Socket from) throws IOException {
        while (stalled && !from.isClosed()) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("proxy closed", e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        stalled = false;
        notifyAll();
        cut();
        threads.shutdownNow();
    }

    private void listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        listener = socket;
        port = socket.getLocalPort();
        threads.execute(() -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return;
            }
            Socket server = new Socket();
            try {
                server.connect(target, 5_000);
            } catch (IOException unreachable) {
                reset(client);
                continue;
            }
            synchronized (this) {
                if (socket.isClosed()) { // cut while this one was being connected
                    reset(client);
                    reset(server);
                    return;
                }
                open.add(client);
                open.add(server);
            }
            threads.execute(() -> pump(client, server));
            threads.execute(() -> pump(server, client));
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read; (read = in.read(buffer)) != -1; ) {
                awaitFlowing(from);
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // either side closed or reset: the pair ends together
        } finally {
            close(from);
            close(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed
        }
        close(socket);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
