using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmIndependence.Plugins.Tests.SdkConformance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Build
{
    /// <summary>
    /// <c>build.ps1</c> as a newcomer meets it: <c>Get-Help ./build.ps1</c> describes every task it runs, and an
    /// unknown task or configuration is refused with the list of valid ones. Runs the pinned PowerShell tool
    /// (<c>dotnet tool restore</c> installs it; the README's commands and <c>.ci/run</c> do that first).
    /// </summary>
    [TestClass]
    public sealed class BuildScriptTests
    {
        private static string Root => RepositoryLayout.Current.Root;

        [TestMethod]
        public void Get_help_describes_every_task_the_script_runs_with_one_line_each()
        {
            var tasks = TasksTheScriptRuns();
            var help = Pwsh("-NoProfile", "-Command", "Get-Help ./build.ps1 -Detailed | Out-String -Width 300");

            Assert.AreEqual(0, help.ExitCode, help.Error);
            foreach (var task in tasks)
            {
                var line = help.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => Regex.IsMatch(l, $@"^{task}\s{{2,}}\S"));
                Assert.IsNotNull(line, $"Get-Help ./build.ps1 has no line describing the task '{task}':\n{help.Output}");
            }

            StringAssert.DoesNotMatch(help.Output, new Regex("later:"), "the help still announces work as 'later'");
        }

        [TestMethod]
        public void An_unknown_task_is_refused_naming_every_valid_task()
        {
            var run = Pwsh("-NoProfile", "-File", "./build.ps1", "deploy");

            Assert.AreNotEqual(0, run.ExitCode, "an unknown task must fail");
            var message = run.Output + run.Error;
            StringAssert.Contains(message, "Unknown task 'deploy'");
            foreach (var task in TasksTheScriptRuns())
            {
                StringAssert.Contains(message, task);
            }
        }

        [TestMethod]
        public void An_unknown_configuration_is_refused_naming_the_valid_ones()
        {
            var run = Pwsh("-NoProfile", "-File", "./build.ps1", "build", "-Configuration", "Fast");

            Assert.AreNotEqual(0, run.ExitCode, "an unknown configuration must fail");
            StringAssert.Contains(run.Output + run.Error, "Unknown configuration 'Fast'. Valid configurations: Debug,Release.");
        }

        /// <summary>The tasks of the script's final <c>switch</c>: what it really runs, whatever the help says.</summary>
        private static string[] TasksTheScriptRuns()
        {
            var script = File.ReadAllText(Path.Combine(Root, "build.ps1"));
            var dispatch = script.Substring(script.LastIndexOf("switch ($Task)", System.StringComparison.Ordinal));
            var tasks = Regex.Matches(dispatch, @"^\s*'([a-z]+)'\s*\{", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
            Assert.IsTrue(tasks.Length >= 6, $"could not read the tasks from build.ps1's switch: found {tasks.Length}");
            return tasks;
        }

        private static (int ExitCode, string Output, string Error) Pwsh(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("pwsh");
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, Regex.Replace(error, @"\x1b\[[0-9;]*m", string.Empty));
        }
    }
}
