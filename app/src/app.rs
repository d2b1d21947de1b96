//! The app's shell: language, account and progress sync, header, the routed page and the footer.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::account::Account;
use crate::components::account_page::AccountPage;
use crate::components::assignments_page::AssignmentsPage;
use crate::components::class_page::ClassPage;
use crate::components::classes_page::ClassesPage;
use crate::components::course_page::CoursePage;
use crate::components::exercise_page::ExercisePage;
use crate::components::footer::Footer;
use crate::components::gallery_page::GalleryPage;
use crate::components::header::Header;
use crate::components::home_page::HomePage;
use crate::components::join_page::JoinPage;
use crate::components::not_found_page::NotFoundPage;
use crate::components::playground_page::PlaygroundPage;
use crate::components::privacy_page::PrivacyPage;
use crate::components::sandbox_page::SandboxPage;
use crate::components::sign_in_page::SignInPage;
use crate::components::sign_up_page::SignUpPage;
use crate::components::workshops_page::{WorkshopPage, WorkshopsPage};
use crate::i18n::I18n;
use crate::python::PythonRunner;
use crate::sync::ProgressSync;

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::provide();
    PythonRunner::provide();
    let account = Account::provide();
    ProgressSync::provide(account).start();
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || i18n.t("nav-skip-to-content")}</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/playground") view=PlaygroundPage/>
                    <Route path=path!("/sandbox") view=SandboxPage/>
                    <Route path=path!("/models") view=GalleryPage/>
                    <Route path=path!("/models/:model") view=SandboxPage/>
                    <Route path=path!("/workshops") view=WorkshopsPage/>
                    <Route path=path!("/workshops/:workshop") view=WorkshopPage/>
                    <Route path=path!("/courses/:course") view=CoursePage/>
                    <Route path=path!("/courses/:course/:exercise") view=ExercisePage/>
                    <Route path=path!("/signin") view=SignInPage/>
                    <Route path=path!("/signup") view=SignUpPage/>
                    <Route path=path!("/join") view=JoinPage/>
                    <Route path=path!("/join/:code") view=JoinPage/>
                    <Route path=path!("/classes") view=ClassesPage/>
                    <Route path=path!("/classes/:id") view=ClassPage/>
                    <Route path=path!("/assignments") view=AssignmentsPage/>
                    <Route path=path!("/account") view=AccountPage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
