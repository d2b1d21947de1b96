//! Who is signed in, shared through leptos context. The server's session cookie is the truth
//! (`GET /api/me` at start); the last answer is also kept in local storage so that the header
//! shows the right name at once, and when the page opens without a connection.

use darbnica_api::classes::{Me, Role};
use leptos::prelude::*;

const STORAGE_KEY: &str = "darbnica-me";

#[derive(Debug, Clone, Copy)]
pub struct Account {
    /// The signed-in user, `None` for nobody.
    pub me: RwSignal<Option<Me>>,
    /// Whether the server has been asked (or could not be reached); until then pages that need
    /// an account wait instead of saying "sign in".
    pub checked: RwSignal<bool>,
}

impl Account {
    pub fn provide() -> Account {
        let account = Account {
            me: RwSignal::new(stored()),
            checked: RwSignal::new(false),
        };
        provide_context(account);
        account
    }

    /// Remembers `me` (or nobody) as the signed-in user.
    pub fn set(self, me: Option<Me>) {
        if let Some(storage) = local_storage() {
            let _ = match &me {
                Some(me) => {
                    storage.set_item(STORAGE_KEY, &serde_json::to_string(me).unwrap_or_default())
                }
                None => storage.remove_item(STORAGE_KEY),
            };
        }
        self.me.set(me);
        self.checked.set(true);
    }

    pub fn role(self) -> Option<Role> {
        self.me.with(|me| me.as_ref().map(|me| me.role))
    }

    pub fn is_signed_in(self) -> bool {
        self.me.with_untracked(Option::is_some)
    }
}

pub fn use_account() -> Account {
    expect_context::<Account>()
}

fn stored() -> Option<Me> {
    let json = local_storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    serde_json::from_str(&json).ok()
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
