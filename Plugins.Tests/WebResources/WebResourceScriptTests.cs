using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.WebResources
{
    /// <summary>
    /// The solution's JavaScript web resources are tested with Node's built-in test runner (<c>node --test</c>, Node 20
    /// or later, no npm package) against a stand-in of the Xrm calls they make: the <c>*.test.js</c> files beside this
    /// class. This test runs them, so they run and count wherever the suite runs (<c>build.ps1 test</c>, <c>.ci/run</c>),
    /// and fails with Node's report when one fails.
    /// </summary>
    [TestClass]
    public sealed class WebResourceScriptTests
    {
        [TestMethod]
        public void The_web_resource_scripts_pass_their_node_tests()
        {
            var folder = Path.Combine(SolutionTestLayout.Root, "Plugins.Tests", "WebResources");
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = SolutionTestLayout.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("--test");
            start.ArgumentList.Add("--test-reporter=tap");
            start.ArgumentList.Add(folder);

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new AssertFailedException("node did not start.");
            }
            catch (Win32Exception e)
            {
                throw new AssertFailedException($"The web resource scripts are tested with Node 20 or later ('node --test'), and 'node' is not on the PATH ({e.Message}). Install Node.js 20+.");
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("node --test did not finish within two minutes.");
                }

                var report = output.Result + errors.Result;
                Assert.AreEqual(0, process.ExitCode, "node --test failed:\n" + report);
                StringAssert.Contains(report, "# fail 0", report);
                Assert.IsFalse(report.Contains("# pass 0", StringComparison.Ordinal), "node --test found no test:\n" + report);
            }
        }
    }
}
