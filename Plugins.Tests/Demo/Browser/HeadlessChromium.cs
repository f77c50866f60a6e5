using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace CrmIndependence.Plugins.Tests.Demo.Browser
{
    /// <summary>
    /// A headless Chromium started for one test (Debian's <c>chromium</c> package, or the executable named by
    /// <c>CRI_CHROMIUM</c>), with a throw-away profile and the DevTools protocol on a free local port. Disposing ends
    /// the process it started (by its id, with its children) and deletes the profile.
    /// </summary>
    internal sealed class HeadlessChromium : IDisposable
    {
        private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome-stable", "google-chrome" };

        private readonly Process process;
        private readonly string profile;
        private readonly ConcurrentQueue<string> errorOutput = new();

        private HeadlessChromium(Process process, string profile)
        {
            this.process = process;
            this.profile = profile;
        }

        /// <summary>The browser-level DevTools endpoint (ws://127.0.0.1:port/devtools/browser/…).</summary>
        public Uri Endpoint { get; private set; } = null!;

        /// <summary>What the browser wrote to standard error (for a failure's message).</summary>
        public string ErrorOutput => string.Join("\n", errorOutput);

        /// <summary>The Chromium executable: CRI_CHROMIUM, else the first of chromium, chromium-browser, google-chrome on the PATH; null when there is none.</summary>
        public static string? Find()
        {
            if (Environment.GetEnvironmentVariable("CRI_CHROMIUM") is { Length: > 0 } configured)
            {
                return File.Exists(configured) ? configured : null;
            }

            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            return Names.SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
                .FirstOrDefault(File.Exists);
        }

        public static async Task<HeadlessChromium> StartAsync(string executable, TimeSpan timeout)
        {
            var profile = Path.Combine(Path.GetTempPath(), "cri-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(profile);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions", "--no-first-run",
                "--no-default-browser-check", "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank",
            })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
            var browser = new HeadlessChromium(process, profile);
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data == null)
                {
                    listening.TrySetException(new InvalidOperationException("Chromium closed its error output before it was listening."));
                    return;
                }

                browser.errorOutput.Enqueue(line.Data);
                const string Marker = "DevTools listening on ";
                var at = line.Data.IndexOf(Marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    listening.TrySetResult(new Uri(line.Data[(at + Marker.Length)..].Trim()));
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            try
            {
                browser.Endpoint = await listening.Task.WaitAsync(timeout);
                return browser;
            }
            catch (Exception exception)
            {
                var output = browser.ErrorOutput;
                browser.Dispose();
                throw new InvalidOperationException($"Chromium ({executable}) did not open its DevTools port within {timeout.TotalSeconds:n0} s: {exception.Message}\n{output}", exception);
            }
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
            for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
            {
                try
                {
                    Directory.Delete(profile, recursive: true);
                }
                catch (IOException)
                {
                    System.Threading.Thread.Sleep(200);
                }
            }
        }
    }
}
