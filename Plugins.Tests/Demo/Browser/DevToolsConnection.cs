using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CrmIndependence.Plugins.Tests.Demo.Browser
{
    /// <summary>
    /// The Chrome DevTools protocol over one WebSocket (System.Net.WebSockets, no package): commands as
    /// <c>{id, method, params, sessionId}</c> answered by id, and every event kept in order so a test can wait for one
    /// and read them all afterwards (console messages, exceptions, log entries).
    /// </summary>
    internal sealed class DevToolsConnection : IAsyncDisposable
    {
        private readonly ClientWebSocket socket = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
        private readonly List<JsonObject> events = new();
        private readonly CancellationTokenSource stop = new();
        private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Task receiving = Task.CompletedTask;
        private int lastId;

        public static async Task<DevToolsConnection> OpenAsync(Uri endpoint, TimeSpan timeout)
        {
            var connection = new DevToolsConnection();
            connection.socket.Options.KeepAliveInterval = TimeSpan.Zero;
            using var connecting = new CancellationTokenSource(timeout);
            await connection.socket.ConnectAsync(endpoint, connecting.Token);
            connection.receiving = Task.Run(connection.ReceiveAsync);
            return connection;
        }

        /// <summary>Every event received so far, in order.</summary>
        public IReadOnlyList<JsonObject> Events
        {
            get
            {
                lock (events)
                {
                    return events.ToList();
                }
            }
        }

        /// <summary>Sends a command (to a target's session when <paramref name="sessionId"/> is given) and returns its result; a protocol error throws.</summary>
        public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null, TimeSpan? timeout = null)
        {
            var id = Interlocked.Increment(ref lastId);
            var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[id] = answer;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
            if (sessionId != null)
            {
                message["sessionId"] = sessionId;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
            var response = await answer.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
            if (response["error"] is JsonObject error)
            {
                throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
            }

            return response["result"] as JsonObject ?? new JsonObject();
        }

        /// <summary>Waits for the first event (received before or after the call) named <paramref name="method"/> for the session.</summary>
        public async Task<JsonObject> WaitForEventAsync(string method, string? sessionId, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                Task next;
                lock (events)
                {
                    var found = events.FirstOrDefault(e => (string?)e["method"] == method && (sessionId == null || (string?)e["sessionId"] == sessionId));
                    if (found != null)
                    {
                        return found;
                    }

                    next = arrived.Task;
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"No DevTools event {method} within {timeout.TotalSeconds:n0} s.");
                }

                await Task.WhenAny(next, Task.Delay(left));
            }
        }

        public async ValueTask DisposeAsync()
        {
            stop.Cancel();
            if (socket.State == WebSocketState.Open)
            {
                try
                {
                    using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", closing.Token);
                }
                catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
                {
                    // The browser closed first.
                }
            }

            try
            {
                await receiving.WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or WebSocketException)
            {
                // The receive loop ends with the socket.
            }

            socket.Dispose();
            stop.Dispose();
        }

        private async Task ReceiveAsync()
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
                {
                    using var message = new MemoryStream();
                    WebSocketReceiveResult part;
                    do
                    {
                        part = await socket.ReceiveAsync(buffer, stop.Token);
                        if (part.MessageType == WebSocketMessageType.Close)
                        {
                            return;
                        }

                        message.Write(buffer, 0, part.Count);
                    }
                    while (!part.EndOfMessage);

                    if (JsonNode.Parse(message.ToArray()) is not JsonObject received)
                    {
                        continue;
                    }

                    if (received["id"] is JsonValue idValue && idValue.TryGetValue<int>(out var id) && pending.TryRemove(id, out var answer))
                    {
                        answer.TrySetResult(received);
                        continue;
                    }

                    lock (events)
                    {
                        events.Add(received);
                        var previous = arrived;
                        arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        previous.TrySetResult();
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // Closed: the pending commands fail below.
            }
            finally
            {
                foreach (var answer in pending.Values)
                {
                    answer.TrySetException(new InvalidOperationException("The DevTools connection closed before the answer."));
                }
            }
        }
    }
}
