using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.SolutionPackage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.WebResources
{
    /// <summary>
    /// The help request forms as the packed zip ships them run the urgency script: each loads the JScript web resource
    /// <c>cri_/scripts/helprequestform.js</c> (formLibraries) and calls it on load and when the urgency or an option
    /// changes (events with handlers that pass the execution context). Each function a handler names is looked up in the
    /// script with Node, so a renamed function fails here, not on a user's form. What the functions do is
    /// <c>helprequestform.test.js</c>.
    /// </summary>
    [TestClass]
    public sealed class HelpRequestFormWiringTests
    {
        private const string Script = "cri_/scripts/helprequestform.js";

        [TestMethod]
        [DataRow("main", "Help Request")]
        [DataRow("quickCreate", "Help Request Quick Create")]
        public void The_form_loads_the_script_and_calls_it_on_load_and_on_each_change_of_urgency_and_options(string type, string name)
        {
            var form = PackedForms.Form(HelpRequest.EntityName, type, name).Element("form")!;

            CollectionAssert.AreEqual(new[] { Script }, form.Element("formLibraries")!.Elements("Library").Select(l => (string)l.Attribute("name")!).ToList());
            var handlers = form.Element("events")!.Elements("event")
                .SelectMany(e => e.Element("Handlers")!.Elements("Handler").Select(h => (Event: (string)e.Attribute("name")!, Attribute: (string?)e.Attribute("attribute"), Handler: h)))
                .ToList();
            Assert.IsTrue(handlers.All(h => (string)h.Handler.Attribute("libraryName")! == Script && (string)h.Handler.Attribute("passExecutionContext")! == "true" && (string)h.Handler.Attribute("enabled")! == "true"));
            CollectionAssert.AreEquivalent(
                new[] { ("onload", (string?)null), ("onchange", HelpRequest.Urgency), ("onchange", HelpRequest.Option1), ("onchange", HelpRequest.Option2), ("onchange", HelpRequest.Option3) },
                handlers.Select(h => (h.Event, h.Attribute)).ToList());
            foreach (var attribute in handlers.Select(h => h.Attribute).Where(a => a != null))
            {
                Assert.IsTrue(form.Descendants("control").Any(c => (string?)c.Attribute("datafieldname") == attribute), $"the form shows {attribute}, whose change it handles");
            }

            var functions = handlers.Select(h => (string)h.Handler.Attribute("functionName")!).Distinct().ToList();
            var defined = Node(functions);
            CollectionAssert.AreEqual(functions.Select(_ => "function").ToList(), defined, "each handler names a function of the script: " + string.Join(", ", functions));
        }

        [TestMethod]
        public void The_script_ships_as_a_JScript_web_resource_with_its_content()
        {
            var zip = PackedForms.Package;
            var resource = zip.Customizations.Element("WebResources")!.Elements("WebResource").Single(r => r.Element("Name")!.Value == Script);

            Assert.AreEqual("3", resource.Element("WebResourceType")!.Value);
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(SolutionTestLayout.SourceFolder, "WebResources", "cri_", "scripts", "helprequestform.js")),
                zip.Bytes(resource.Element("FileName")!.Value.TrimStart('/')));
            Assert.IsTrue(zip.RootComponents.Any(root => (string?)root.Attribute("type") == "61" && (string?)root.Attribute("schemaName") == Script));
        }

        /// <summary>typeof each dotted function name once the script has loaded as a form loads it (a global, no module).</summary>
        private static List<string> Node(IReadOnlyList<string> functions)
        {
            var script = Path.Combine(SolutionTestLayout.SourceFolder, "WebResources", "cri_", "scripts", "helprequestform.js");
            var program = "const vm=require('vm');const fs=require('fs');const c={};vm.createContext(c);vm.runInContext(fs.readFileSync(process.argv[1],'utf8'),c);"
                + "for(const n of process.argv.slice(2)){console.log(typeof n.split('.').reduce((o,k)=>o==null?undefined:o[k],c));}";
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add(program);
            start.ArgumentList.Add(script);
            foreach (var function in functions)
            {
                start.ArgumentList.Add(function);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new AssertFailedException("node did not start.");
            }
            catch (Win32Exception e)
            {
                throw new AssertFailedException($"The form scripts are checked with Node 20 or later, and 'node' is not on the PATH ({e.Message}). Install Node.js 20+.");
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                var errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.AreEqual(0, process.ExitCode, errors);
                return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToList();
            }
        }
    }
}
