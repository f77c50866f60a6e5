namespace CrmIndependence.Solution.Source
{
    /// <summary>
    /// One web resource in the unpacked layout SolutionPackager writes: the file under <c>WebResources/</c> named as the
    /// web resource (<c>WebResources/cri_/scripts/approvedeal.js</c>) and beside it <c>&lt;file&gt;.data.xml</c>, the
    /// <c>&lt;WebResource&gt;</c> element customizations.xml carries. In the zip the content is the part its
    /// <c>FileName</c> names (an export names it after the web resource without punctuation, followed by its id).
    /// </summary>
    public sealed record WebResourceSource(SourceXml Data, string ContentFile, byte[] Content)
    {
        public string Name => (string?)Data.Root.Element("Name") ?? "";

        public string FileName => (string?)Data.Root.Element("FileName") ?? "";

        /// <summary>The zip part: FileName without its leading slash.</summary>
        public string ZipPath => FileName.TrimStart('/');
    }
}
