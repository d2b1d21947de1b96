//! Who is signed in, shared through leptos context. The server's session cookie is the truth
//! (`GET /api/me` at start); the last answer is also kept in local storage so that the header
//! shows the right name at once, and when the page opens without a connection. A sign-out the
//! server has not heard of (made without a connection) is remembered there too, until it can be
//! told: until then the session cookie still works, and the next person would be signed in as
//! the last one.

use darbnica_api::classes::{Me, Role};
use leptos::prelude::*;

use crate::shell::i18n::local_storage;

const STORAGE_KEY: &str = "darbnica-me";
const SIGN_OUT_OWED_KEY: &str = "darbnica-sign-out-owed";

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

    /// Whether this browser signed out without the server being told.
    pub fn sign_out_owed(self) -> bool {
        local_storage()
            .and_then(|storage| storage.get_item(SIGN_OUT_OWED_KEY).ok().flatten())
            .is_some()
    }

    pub fn set_sign_out_owed(self, owed: bool) {
        if let Some(storage) = local_storage() {
            let _ = if owed {
                storage.set_item(SIGN_OUT_OWED_KEY, "1")
            } else {
                storage.remove_item(SIGN_OUT_OWED_KEY)
            };
        }
    }
}

pub fn use_account() -> Account {
    expect_context::<Account>()
}

fn stored() -> Option<Me> {
    let json = local_storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    serde_json::from_str(&json).ok()
}
