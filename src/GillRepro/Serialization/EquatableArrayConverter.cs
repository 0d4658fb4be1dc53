using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GillRepro.Serialization;

/// <summary>
/// An <see cref="EquatableArray{T}"/> as a JSON array, read and written through the metadata of <c>T[]</c>
/// in the same source-generated context: no reflection, so it works under native AOT. Registered for the
/// item types a record that is read back holds (<see cref="Paper"/>'s); other lists are only written,
/// which System.Text.Json does for any enumerable.
/// </summary>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T[]>)options.GetTypeInfo(typeof(T[])));
        return EquatableArray.Own(items ?? throw new JsonException("Expected a JSON array, found null."));
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        foreach (var item in value.AsSpan()) JsonSerializer.Serialize(writer, item, info);
        writer.WriteEndArray();
    }
}
