using System;
using System.Linq;
using CrmIndependence.Plugins.Registration;
using CrmIndependence.Plugins.Tests.Registration.Broken;
using CrmIndependence.Plugins.Tests.Registration.Declared;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Registration
{
    [TestClass]
    public sealed class RegistrationReaderTests
    {
        [TestMethod]
        public void A_step_declaration_becomes_a_registration_with_everything_it_declares()
        {
            var update = RegistrationReader.ReadType(typeof(WellDeclared)).Steps.Single(step => step.Message == "Update");

            Assert.AreEqual("opportunity", update.Table);
            Assert.AreEqual(PipelineStage.PreOperation, update.Stage);
            Assert.AreEqual(ExecutionMode.Synchronous, update.Mode);
            Assert.AreEqual(5, update.Rank);
            CollectionAssert.AreEqual(new[] { "salesstage", "estimatedvalue" }, update.FilteringAttributes.ToArray());
            Assert.AreEqual("{\"mode\":\"observe\"}", update.Configuration);
            Assert.AreEqual(typeof(WellDeclared), update.PluginType);
            Assert.AreEqual($"{typeof(WellDeclared).FullName}: Update of opportunity", update.Name);

            var image = update.Images.Single();
            Assert.AreEqual(ImageKind.PreImage, image.Kind);
            Assert.AreEqual("PreImage", image.Alias);
            CollectionAssert.AreEqual(new[] { "ownerid", "salesstage" }, image.Columns.ToArray());
        }

        [TestMethod]
        public void An_asynchronous_post_operation_step_keeps_its_mode_and_post_image()
        {
            var create = RegistrationReader.ReadType(typeof(WellDeclared)).Steps.Single(step => step.Message == "Create");

            Assert.AreEqual(ExecutionMode.Asynchronous, create.Mode);
            Assert.AreEqual(PipelineStage.PostOperation, create.Stage);
            Assert.AreEqual(0, create.FilteringAttributes.Count);
            Assert.AreEqual(ImageKind.PostImage, create.Images.Single().Kind);
        }

        [TestMethod]
        public void Ids_are_the_same_every_time_the_declarations_are_read()
        {
            // This test assembly also holds deliberately broken declarations, so its types are read one by one.
            var first = RegistrationReader.ReadType(typeof(WellDeclared));
            var second = RegistrationReader.ReadType(typeof(WellDeclared));

            Assert.AreEqual(first.Id, second.Id);
            CollectionAssert.AreEqual(
                first.Steps.SelectMany(step => step.Images.Select(image => image.Id).Prepend(step.Id)).ToArray(),
                second.Steps.SelectMany(step => step.Images.Select(image => image.Id).Prepend(step.Id)).ToArray());
            Assert.AreEqual(
                RegistrationReader.ReadType(typeof(ImplementsCustomApi)).CustomApi!.Id,
                RegistrationReader.ReadType(typeof(ImplementsCustomApi)).CustomApi!.Id);
        }

        [TestMethod]
        public void Ids_are_distinct_across_steps_types_and_images()
        {
            var model = RegistrationReader.ReadType(typeof(WellDeclared));
            var ids = model.Steps.SelectMany(step => step.Images.Select(image => image.Id).Prepend(step.Id)).Prepend(model.Id).ToList();

            Assert.AreEqual(ids.Count, ids.Distinct().Count());
        }

        [TestMethod]
        public void Ids_are_name_based_uuids_as_rfc_4122_defines_them()
        {
            // RFC 4122 / RFC 9562 test vector: UUIDv5 of "www.example.com" in the DNS namespace.
            var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

            Assert.AreEqual(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicId.Create(dns, "www.example.com"));
        }

        [TestMethod]
        public void A_custom_api_declaration_names_the_api_and_its_plugin_type()
        {
            var customApi = RegistrationReader.ReadType(typeof(ImplementsCustomApi)).CustomApi;

            Assert.IsNotNull(customApi);
            Assert.AreEqual("cri_DoSomething", customApi.UniqueName);
            Assert.AreEqual(typeof(ImplementsCustomApi), customApi.PluginType);
            Assert.IsNull(customApi.BoundTable);
        }

        [TestMethod]
        [DataRow(typeof(UpdateWithoutFilteringAttributes), "has no filtering attributes")]
        [DataRow(typeof(PostImageOnPreOperation), "post-image outside PostOperation")]
        [DataRow(typeof(PreImageOnCreate), "pre-image on Create")]
        [DataRow(typeof(PostImageOnDelete), "post-image on Delete")]
        [DataRow(typeof(AsynchronousPreOperation), "asynchronous but not PostOperation")]
        [DataRow(typeof(FilteringAttributesOnCreate), "Update steps only")]
        [DataRow(typeof(DeclaredTwice), "twice")]
        [DataRow(typeof(NotAPlugin), "not a concrete class implementing IPlugin")]
        public void A_declaration_Dataverse_would_refuse_fails_naming_the_class(Type pluginType, string problem)
        {
            var error = Assert.ThrowsExactly<RegistrationException>(() => RegistrationReader.ReadType(pluginType));

            StringAssert.Contains(error.Message, pluginType.FullName);
            StringAssert.Contains(error.Message, problem);
        }
    }
}
