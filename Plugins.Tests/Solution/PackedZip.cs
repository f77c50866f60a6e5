using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace CrmIndependence.Plugins.Tests.SolutionPackage
{
    /// <summary>A packed zip read back: its entries in order, and solution.xml / customizations.xml parsed.</summary>
    public sealed class PackedZip
    {
        private PackedZip(string path)
        {
            Path = path;
            using var archive = ZipFile.OpenRead(path);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                Entries.Add((entry.FullName, memory.ToArray()));
            }

            Solution = XDocument.Parse(Text("solution.xml")).Root!;
            Customizations = XDocument.Parse(Text("customizations.xml")).Root!;
        }

        public string Path { get; }

        public List<(string Name, byte[] Content)> Entries { get; } = new();

        public XElement Solution { get; }

        public XElement Customizations { get; }

        public IEnumerable<XElement> RootComponents => Solution.Element("SolutionManifest")!.Element("RootComponents")!.Elements("RootComponent");

        public IEnumerable<XElement> Entities => Customizations.Element("Entities")!.Elements("Entity");

        public IEnumerable<XElement> Steps => Customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep");

        public IEnumerable<XElement> PluginAssemblies => Customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly");

        public IEnumerable<XElement> Roles => Customizations.Element("Roles")!.Elements("Role");

        public static PackedZip Read(string path) => new(path);

        public byte[] Bytes(string name) => Entries.Single(entry => entry.Name == name).Content;

        public string Text(string name) => new UTF8Encoding(false).GetString(Bytes(name)).TrimStart('\uFEFF');

        public XElement Entity(string logicalName) =>
            Entities.Single(entity => string.Equals(entity.Element("Name")!.Value, logicalName, StringComparison.OrdinalIgnoreCase));
    }
}
