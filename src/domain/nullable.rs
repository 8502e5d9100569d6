//! `null` read as "not given" for a field with a default: the interchange format lets every
//! optional field be omitted or `null`. Used as
//! `#[serde(default, deserialize_with = "or_default")]` on fields that are not `Option`s
//! (an `Option` reads `null` as `None` by itself). Reading `null` field by field, rather than
//! dropping `null` members before deserializing, keeps an unknown key an error whatever its
//! value.

use serde::{Deserialize, Deserializer};

pub fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
