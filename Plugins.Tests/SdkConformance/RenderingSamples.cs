using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.Serialization;

// Types whose rendering the renderer tests check line by line: one of each shape the official listing
// writes (indexers, out and params parameters, constants, impl-final, constraints, nested types...).
namespace CrmIndependence.Plugins.Tests.SdkConformance.Samples
{
    public abstract class SampleCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    {
        protected internal SampleCollection()
        {
        }

        public virtual TValue this[TKey key]
        {
            get => default!;
            set { }
        }

        public int Count => 0;

        public bool TryGetValue(TKey key, out TValue value)
        {
            value = default!;
            return false;
        }

        public void AddRange(params KeyValuePair<TKey, TValue>[] items)
        {
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => new List<KeyValuePair<TKey, TValue>>().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public sealed class SampleParameters : SampleCollection<string, object>
    {
    }

    public class SampleEntity : IExtensibleDataObject
    {
        public const int Limit = 5000;
        public const long Largest = long.MaxValue;
        public const double Smallest = -100000000000;
        public const string ContractNamespace = "http://schemas.microsoft.com/xrm/2011/Contracts";
        public static readonly SampleEntity Empty = new();
        public byte[]? Data;
        protected List<string> Names = new();

        public SampleEntity()
        {
        }

        public SampleEntity(string entityName, Guid id)
        {
        }

        internal SampleEntity(int hidden)
        {
        }

        public event EventHandler<EventArgs>? Changed
        {
            add { }
            remove { }
        }

        public virtual Guid Id { get; set; }

        public Guid? ParentId { get; protected set; }

        public string? Name { get; internal set; }

        public object? this[string attributeName]
        {
            get => null;
            set { }
        }

        public ExtensionDataObject? ExtensionData { get; set; }

        public static bool operator ==(SampleEntity? left, SampleEntity? right) => ReferenceEquals(left, right);

        public static bool operator !=(SampleEntity? left, SampleEntity? right) => !ReferenceEquals(left, right);

        public static string Describe(string? name = null, int count = 3) => $"{name}{count}";

        public T ToEntity<T>()
            where T : SampleEntity => default!;

        public T? GetExtension<T>()
            where T : class => null;

        public virtual T GetAttributeValue<T>(string attributeLogicalName) => default!;

        public void Trace(string format, params object[] args)
        {
        }

        public int[][] Jagged() => Array.Empty<int[]>();

        public int[,] Grid() => new int[0, 0];

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => 0;

        internal void Hidden()
        {
        }

        private protected void AlsoHidden()
        {
        }

        protected virtual void SetAttributeValue(string attributeLogicalName, object value)
        {
        }

        protected internal virtual Guid CreateCore(SampleEntity entity) => Guid.Empty;
    }

    public sealed class SampleSealedEntity : SampleEntity
    {
        public override Guid Id { get; set; }

        protected sealed override void SetAttributeValue(string attributeLogicalName, object value)
        {
        }
    }

    public abstract class SampleDependencyBase
    {
        public abstract Type ParameterType { get; }

        protected abstract bool ValueExistsInList(string value);
    }

    public static class SampleMask
    {
        public const int InheritAll = 1023;

        public static T InputParameterOrDefault<T>(this SampleEntity entity, string parameterName) => default!;
    }

    public enum SampleDirection
    {
        Input = 0,
        Output = 1,
        Both = -1,
    }

    public interface ISampleBaseContext
    {
        int Depth { get; }
    }

    public interface ISampleContext : ISampleBaseContext
    {
        string StageName { get; }

        ISampleContext? ParentContext { get; }

        void Trace(string format, params object[] args);
    }

    public struct SampleSpan
    {
        public static readonly SampleSpan Zero;

        public SampleSpan(int days)
        {
            Days = days;
        }

        public int Days { get; set; }
    }

    public sealed class SampleInitOnly
    {
        public string? Name { get; init; }
    }

    public class SampleOuter
    {
        public sealed class Nested
        {
        }
    }

    internal sealed class SampleHidden
    {
    }
}
