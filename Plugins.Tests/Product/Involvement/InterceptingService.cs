using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// An organization service that passes every call to the org, letting a test change what a plug-in reads
    /// (<see cref="AfterRetrieveMultiple"/>), do other work between a plug-in's read and its write (<see cref="AfterRetrieve"/>,
    /// <see cref="BeforeCreate"/>), or make a request fail (<see cref="BeforeExecute"/>).
    /// </summary>
    internal sealed class InterceptingService : IOrganizationService
    {
        private readonly IOrganizationService inner;

        public InterceptingService(IOrganizationService inner)
        {
            this.inner = inner;
        }

        /// <summary>Called after each Retrieve with the table and id read.</summary>
        public Action<string, Guid>? AfterRetrieve { get; set; }

        /// <summary>Called before each RetrieveMultiple with the query.</summary>
        public Action<QueryBase>? BeforeRetrieveMultiple { get; set; }

        /// <summary>Rewrites the rows a RetrieveMultiple returns.</summary>
        public Func<QueryBase, EntityCollection, EntityCollection>? AfterRetrieveMultiple { get; set; }

        /// <summary>Called before each Create with the row to create.</summary>
        public Action<Entity>? BeforeCreate { get; set; }

        /// <summary>Called before each Update with the row to update.</summary>
        public Action<Entity>? BeforeUpdate { get; set; }

        /// <summary>Called before each Execute with the request (throw from it to make the request fail).</summary>
        public Action<OrganizationRequest>? BeforeExecute { get; set; }

        public Guid Create(Entity entity)
        {
            BeforeCreate?.Invoke(entity);
            return inner.Create(entity);
        }

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
        {
            var row = inner.Retrieve(entityName, id, columnSet);
            AfterRetrieve?.Invoke(entityName, id);
            return row;
        }

        public void Update(Entity entity)
        {
            BeforeUpdate?.Invoke(entity);
            inner.Update(entity);
        }

        public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            BeforeExecute?.Invoke(request);
            return inner.Execute(request);
        }

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Associate(entityName, entityId, relationship, relatedEntities);

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Disassociate(entityName, entityId, relationship, relatedEntities);

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            BeforeRetrieveMultiple?.Invoke(query);
            var rows = inner.RetrieveMultiple(query);
            return AfterRetrieveMultiple == null ? rows : AfterRetrieveMultiple(query, rows);
        }
    }
}
