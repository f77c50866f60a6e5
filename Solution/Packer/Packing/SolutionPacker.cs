using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmIndependence.Solution.Plugins;
using CrmIndependence.Solution.Source;
using CrmIndependence.Solution.Validation;

namespace CrmIndependence.Solution.Packing
{
    /// <summary>What to pack and where.</summary>
    public sealed record PackOptions(string SourceFolder, string PluginAssemblyPath, string? WorkflowAssemblyPath, string OutputFolder)
    {
        /// <summary>The assembly the registration model is read from (the net10.0 build of the plugins).</summary>
        public Assembly? RegistrationAssembly { get; init; }
    }

    /// <summary>The two zips written.</summary>
    public sealed record PackResult(string Version, string UnmanagedZip, string ManagedZip, IReadOnlyList<PluginAssemblyModel> Assemblies);

    /// <summary>
    /// Reads and validates the source and the built assemblies, then writes the unmanaged and managed zips.
    /// Each zip is written to a temporary file beside its target and moved into place only when complete, so a
    /// failed pack leaves no partial zip. Output is deterministic: fixed entry times, sorted content.
    /// </summary>
    public static class SolutionPacker
    {
        /// <summary>Every entry carries this time, so two packs of the same input are byte-identical.</summary>
        public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public static PackResult Pack(PackOptions options)
        {
            var source = SolutionSource.Load(options.SourceFolder);
            var assemblies = ReadAssemblies(options);
            SolutionValidator.Validate(source, assemblies);

            var version = source.Version;
            Directory.CreateDirectory(options.OutputFolder);
            var unmanaged = Path.Combine(options.OutputFolder, $"{source.UniqueName}_{version.Replace('.', '_')}.zip");
            var managed = Path.Combine(options.OutputFolder, $"{source.UniqueName}_{version.Replace('.', '_')}_managed.zip");
            WriteZip(unmanaged, Entries(source, assemblies, managed: false));
            WriteZip(managed, Entries(source, assemblies, managed: true));
            return new PackResult(version, unmanaged, managed, assemblies);
        }

        public static IReadOnlyList<PluginAssemblyModel> ReadAssemblies(PackOptions options)
        {
            var registration = options.RegistrationAssembly ?? typeof(CrmIndependence.Plugins.Registration.RegistrationReader).Assembly;
            var list = new List<PluginAssemblyModel> { PluginAssemblyReader.ReadPlugins(options.PluginAssemblyPath, registration) };
            if (options.WorkflowAssemblyPath != null && PluginAssemblyReader.ReadWorkflows(options.WorkflowAssemblyPath) is { } workflows)
            {
                list.Add(workflows);
            }

            return list;
        }

        /// <summary>The zip's entries in export order: customizations.xml, solution.xml, parts, [Content_Types].xml last.</summary>
        public static IReadOnlyList<(string Name, byte[] Content)> Entries(SolutionSource source, IReadOnlyList<PluginAssemblyModel> assemblies, bool managed)
        {
            var entries = new List<(string Name, byte[] Content)>
            {
                ("customizations.xml", ExportXml(SolutionDocuments.Customizations(source, assemblies))),
                ("solution.xml", ExportXml(SolutionDocuments.Manifest(source, assemblies, managed))),
            };
            entries.AddRange(assemblies.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.ZipPath, a.Content)));
            entries.AddRange(source.Parts.OrderBy(p => p.ZipPath, StringComparer.Ordinal).Select(p => (p.ZipPath, p.Content)));
            entries.Add(("[Content_Types].xml", ContentTypes(entries.Select(e => e.Name))));
            return entries;
        }

        /// <summary>As an export writes solution.xml and customizations.xml: no declaration, no BOM, CRLF, two-space indent.</summary>
        public static byte[] ExportXml(XDocument document)
        {
            var settings = new XmlWriterSettings
            {
                OmitXmlDeclaration = true,
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\r\n",
                NewLineHandling = NewLineHandling.Replace,
                Encoding = new UTF8Encoding(false),
            };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Root!.Save(writer);
            }

            return stream.ToArray();
        }

        /// <summary>One Default per extension present, one Override per extension-less part; BOM and declaration.</summary>
        public static byte[] ContentTypes(IEnumerable<string> entries)
        {
            const string type = "application/octet-stream";
            var names = entries.ToList();
            var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            foreach (var extension in names.Select(Path.GetExtension).Where(e => !string.IsNullOrEmpty(e)).Select(e => e!.TrimStart('.').ToLowerInvariant())
                .Distinct(StringComparer.Ordinal).OrderBy(e => e == "xml" ? 0 : 1).ThenBy(e => e, StringComparer.Ordinal))
            {
                builder.Append($"<Default Extension=\"{extension}\" ContentType=\"{type}\" />");
            }

            foreach (var name in names.Where(n => string.IsNullOrEmpty(Path.GetExtension(n))).OrderBy(n => n, StringComparer.Ordinal))
            {
                builder.Append($"<Override PartName=\"/{name}\" ContentType=\"{type}\" />");
            }

            builder.Append("</Types>");
            var bom = Encoding.UTF8.GetPreamble();
            return bom.Concat(Encoding.UTF8.GetBytes(builder.ToString())).ToArray();
        }

        private static void WriteZip(string path, IReadOnlyList<(string Name, byte[] Content)> entries)
        {
            var temporary = path + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false))
                {
                    foreach (var (name, content) in entries)
                    {
                        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                        entry.LastWriteTime = EntryTime;
                        using var entryStream = entry.Open();
                        entryStream.Write(content, 0, content.Length);
                    }
                }

                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
