<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../screens/vault_access.py" line="40"/>
        <source>Consigne de l&apos;accès au coffre</source>
        <extracomment>Emitted (no payload) to go back to the documents.</extracomment>
        <translation>Instructions for the vault access</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="42"/>
        <source>Changer le &amp;code personnel</source>
        <translation>Change the personal &amp;code</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="42"/>
        <source>Changer le code personnel</source>
        <translation>Change the personal code</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="45"/>
        <source>Faire une &amp;nouvelle carte</source>
        <translation>Make a &amp;new card</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="45"/>
        <source>Faire une nouvelle carte</source>
        <translation>Make a new card</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="47"/>
        <source>Clavier du nouveau code personnel</source>
        <translation>Keypad for the new personal code</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="50"/>
        <source>Imprimer la nouvelle &amp;carte</source>
        <translation>Print the new &amp;card</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="51"/>
        <source>Imprimer la nouvelle carte</source>
        <translation>Print the new card</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="54"/>
        <source>Nouvelle phrase secrète</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="55"/>
        <source>Nouvelle phrase secrète, encore</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="57"/>
        <source>&amp;Enregistrer la phrase</source>
        <translation>&amp;Save the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="57"/>
        <source>Enregistrer la phrase secrète</source>
        <translation>Save the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="60"/>
        <source>Re&amp;tirer la phrase</source>
        <translation>Re&amp;move the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="60"/>
        <source>Retirer la phrase secrète</source>
        <translation>Remove the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="63"/>
        <source>&amp;Oui, la retirer</source>
        <translation>&amp;Yes, remove it</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="63"/>
        <source>Oui, retirer la phrase secrète</source>
        <translation>Yes, remove the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="65"/>
        <source>&amp;Retour aux documents</source>
        <translation>&amp;Back to the documents</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="65"/>
        <source>Retour aux documents</source>
        <translation>Back to the documents</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="66"/>
        <source>Information sur l&apos;accès au coffre</source>
        <translation>Information about the vault access</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="67"/>
        <source>Erreur de l&apos;accès au coffre</source>
        <translation>Vault access error</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="70"/>
        <source>Carte et code personnel</source>
        <translation>Card and personal code</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="79"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="81"/>
        <source>&amp;Phrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="82"/>
        <source>&amp;Encore</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="122"/>
        <source>Carte perdue : faites une nouvelle carte, l&apos;ancienne ne marchera plus. Les documents restent dans le coffre, et la feuille de secours reste valable.</source>
        <translation>Lost card: make a new card, the old one will stop working. The documents stay in the vault, and the recovery sheet stays valid.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="150"/>
        <source>La personne choisit son nouveau code, le tape, puis appuie sur Valider.</source>
        <translation>The person chooses their new code, types it, then presses Confirm.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="157"/>
        <source>Tapez le même code une deuxième fois, puis Valider.</source>
        <translation>Type the same code a second time, then Confirm.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="165"/>
        <source>Les deux codes ne sont pas les mêmes : recommencez.</source>
        <translation>The two codes are not the same: start again.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="183"/>
        <source>Les deux phrases secrètes ne sont pas les mêmes.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="203"/>
        <source>Retirer la phrase secrète ? Le coffre ne s&apos;ouvrira plus qu&apos;avec la carte.</source>
        <translation>Remove the passphrase? The vault will then open only with the card.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="223"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="230"/>
        <source>Le code personnel est changé.</source>
        <translation>The personal code is changed.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="232"/>
        <source>Nouvelle carte faite : l&apos;ancienne ne marche plus. Code de la carte : {code}</source>
        <translation>New card made: the old one no longer works. Card code: {code}</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="234"/>
        <source>La phrase secrète est enregistrée.</source>
        <translation>The passphrase is saved.</translation>
    </message>
    <message>
        <location filename="../screens/vault_access.py" line="235"/>
        <source>La phrase secrète est retirée.</source>
        <translation>The passphrase is removed.</translation>
    </message>
</context>
<context>
    <name>AccessScreen</name>
    <message>
        <location filename="../screens/access.py" line="22"/>
        <location filename="../screens/access.py" line="61"/>
        <source>Mots de passe et accès</source>
        <translation>Passwords and access</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="23"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="23"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="24"/>
        <source>Mot de passe actuel</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="25"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="26"/>
        <source>Nouveau mot de passe, encore</source>
        <translation>New password, again</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="28"/>
        <source>&amp;Changer mon mot de passe</source>
        <translation>&amp;Change my password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="28"/>
        <source>Changer mon mot de passe</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="30"/>
        <source>Mon mot de passe</source>
        <translation>My password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="32"/>
        <source>Mot de passe &amp;actuel</source>
        <translation>Current pa&amp;ssword</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="33"/>
        <source>&amp;Nouveau mot de passe</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="34"/>
        <source>Nouveau mot de passe (&amp;encore)</source>
        <translation>New password (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="37"/>
        <source>Identifiant de l&apos;agent</source>
        <translation>Agent&apos;s login</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="37"/>
        <source>ex. : m.durand</source>
        <translation>e.g. m.durand</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="38"/>
        <source>Mot de passe à remettre à l&apos;agent</source>
        <translation>Password to hand to the agent</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="39"/>
        <source>Mot de passe à remettre à l&apos;agent, encore</source>
        <translation>Password to hand to the agent, again</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="41"/>
        <source>Donner un nouveau mot de &amp;passe</source>
        <translation>Give a new &amp;password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="41"/>
        <source>Donner un nouveau mot de passe</source>
        <translation>Give a new password</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="43"/>
        <source>Dé&amp;sactiver</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="43"/>
        <source>Désactiver l&apos;agent</source>
        <translation>Deactivate the agent</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="44"/>
        <source>Réac&amp;tiver</source>
        <translation>Reacti&amp;vate</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="44"/>
        <source>Réactiver l&apos;agent</source>
        <translation>Reactivate the agent</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="45"/>
        <source>Accès d&apos;un agent (responsable)</source>
        <translation>An agent&apos;s access (manager)</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="47"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="48"/>
        <source>Mot de passe à re&amp;mettre</source>
        <translation>Password to &amp;hand over</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="49"/>
        <source>Mot de passe à remettre (enc&amp;ore)</source>
        <translation>Password to hand over (a&amp;gain)</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="57"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="58"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="98"/>
        <location filename="../screens/access.py" line="115"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="110"/>
        <source>Votre mot de passe est changé.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../screens/access.py" line="125"/>
        <source>C&apos;est fait pour « {login} ».</source>
        <translation>Done for “{login}”.</translation>
    </message>
</context>
<context>
    <name>ActionNewScreen</name>
    <message>
        <location filename="../screens/action_new.py" line="49"/>
        <location filename="../screens/action_new.py" line="57"/>
        <source>Enregistrer une action</source>
        <translation>Record an action</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="51"/>
        <source>Qui agit</source>
        <translation>Who acts</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="53"/>
        <source>Qui agit ?</source>
        <translation>Who acts?</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="56"/>
        <source>Démarches non couvertes</source>
        <translation>Procedures not covered</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="68"/>
        <source>Ce qui a été fait</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="68"/>
        <source>ex. : déclaration trimestrielle CAF</source>
        <translation>e.g. quarterly CAF declaration</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="70"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="70"/>
        <source>ex. : CAF (facultatif)</source>
        <translation>e.g. CAF (optional)</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="71"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="72"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="72"/>
        <source>Enregistrer l&apos;action</source>
        <translation>Record the action</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="73"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="73"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="75"/>
        <source>&amp;Ce qui a été fait</source>
        <translation>&amp;What was done</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="76"/>
        <source>&amp;Organisme</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="87"/>
        <source>Quelle démarche ?</source>
        <translation>Which procedure?</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="104"/>
        <source>Action pour {name}</source>
        <translation>Action for {name}</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="110"/>
        <source>Le site (un agent d&apos;ici)</source>
        <translation>The site (an agent here)</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="117"/>
        <source>{name}, proche (devant un agent)</source>
        <translation>{name}, relative (in front of an agent)</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="159"/>
        <source>du site</source>
        <translation>of the site</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="159"/>
        <source>de ce proche</source>
        <translation>of this relative</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="163"/>
        <source>Aucun mandat actif {holder} pour cette personne : aucune démarche ne peut être faite en son nom. Ouvrez d&apos;abord un mandat avec son accord (depuis son dossier).</source>
        <translation>No active mandate {holder} for this person: no procedure can be done on their behalf. First open a mandate with their agreement (from their file).</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="171"/>
        <source>Pas proposées, faute de mandat actif {holder} qui les couvre : {demarches}. Pour les faire, ouvrez ou renouvelez un mandat avec l&apos;accord de la personne.</source>
        <translation>Not offered, as no active mandate {holder} covers them: {demarches}. To do them, open or renew a mandate with the person&apos;s agreement.</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="183"/>
        <source>Choisissez la démarche concernée.</source>
        <translation>Choose the procedure concerned.</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <location filename="../screens/usager_actions.py" line="24"/>
        <source>Actions faites pour la personne</source>
        <translation>Actions done for the person</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="28"/>
        <source>Enregistrer une action</source>
        <translation>Record an action</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="28"/>
        <source>Enregistrer une act&amp;ion</source>
        <translation>Record an act&amp;ion</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="32"/>
        <source>Actions faites</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="42"/>
        <source>{when} — {demarche} : {what}</source>
        <translation>{when} — {demarche}: {what}</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="51"/>
        <source>Aucune action enregistrée pour l&apos;instant.</source>
        <translation>No action recorded yet.</translation>
    </message>
</context>
<context>
    <name>AgentText</name>
    <message>
        <location filename="../core_texts.py" line="15"/>
        <source>L&apos;identifiant doit faire 2 à 64 caractères : minuscules, chiffres, point, tiret.</source>
        <translation>The username must be 2 to 64 characters long: lowercase letters, numbers, full stops and hyphens.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="16"/>
        <source>Le nom de l&apos;agent ne peut pas être vide.</source>
        <translation>The agent&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="17"/>
        <source>Le mot de passe doit faire au moins {minimum} caractères.</source>
        <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="18"/>
        <source>L&apos;identifiant « {login} » est déjà pris.</source>
        <translation>The username “{login}” is already taken.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="19"/>
        <source>Aucun agent « {login} ».</source>
        <translation>There is no agent called “{login}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="20"/>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="21"/>
        <source>Saisissez le code à 6 chiffres de votre application ou de votre carte.</source>
        <translation>Enter the 6-digit code from your app or your card.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="22"/>
        <source>Ce site demande un code à usage unique et votre compte n&apos;en a pas encore : demandez au responsable du site de vous en attribuer un.</source>
        <translation>This site asks for a one-time code, but your account does not have one yet. Ask the site manager to set one up for you.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="23"/>
        <source>Trop d&apos;essais incorrects : attendez {seconds} secondes avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="24"/>
        <source>Trop d&apos;essais incorrects : attendez 1 minute avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait 1 minute before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="25"/>
        <source>Trop d&apos;essais incorrects : attendez {minutes} minutes avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait {minutes} minutes before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="26"/>
        <source>Ce compte est désactivé : un responsable du site peut le réactiver.</source>
        <translation>This account is deactivated. A site manager can reactivate it.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="27"/>
        <source>Le mot de passe actuel n&apos;est pas le bon.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="28"/>
        <source>L&apos;agent « {login} » est déjà désactivé.</source>
        <translation>The agent “{login}” is already deactivated.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="29"/>
        <source>L&apos;agent « {login} » est déjà actif.</source>
        <translation>The agent “{login}” is already active.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="30"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="31"/>
        <source>C&apos;est le dernier responsable actif du site : nommez-en un autre avant de le désactiver.</source>
        <translation>This is the site&apos;s last active manager. Appoint another one before deactivating them.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="32"/>
        <source>Seul un responsable qui a ouvert le site sur ce poste avec son mot de passe peut certifier un agent.</source>
        <translation>Only a manager who opened the site on this computer with their password can certify an agent.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="33"/>
        <source>Votre compte n&apos;a pas de certificat valide : demandez à un responsable du site de vous donner un nouveau mot de passe.</source>
        <translation>Your account has no valid certificate. Ask a site manager to give you a new password.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../charts.py" line="27"/>
        <source>{label} : {n}</source>
        <translation>{label}: {n}</translation>
    </message>
</context>
<context>
    <name>CameraCapture</name>
    <message>
        <location filename="../camera.py" line="66"/>
        <source>La caméra n&apos;a pas pu prendre la photo : recommencez.</source>
        <extracomment>Emitted with the PNG bytes of a photo just taken. Emitted with one French sentence when the camera fails.</extracomment>
        <translation>The camera could not take the photo: try again.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="72"/>
        <source>La caméra n&apos;est pas prête : attendez un instant.</source>
        <translation>The camera is not ready: wait a moment.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../screens/vault_capture.py" line="31"/>
        <source>&amp;Numériser une page</source>
        <extracomment>Emitted with (the PDF bytes of the pages captured, their number) to deposit them.</extracomment>
        <translation>Sca&amp;n a page</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="31"/>
        <source>Numériser une page</source>
        <translation>Scan a page</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="32"/>
        <source>&amp;Photo (caméra)</source>
        <translation>&amp;Photo (camera)</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="32"/>
        <source>Prendre une photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="34"/>
        <source>Déposer les pages en un seul PDF</source>
        <translation>Deposit the pages as one PDF</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="34"/>
        <source>Déposer les pa&amp;ges (un PDF)</source>
        <translation>Deposit the pa&amp;ges (one PDF)</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="36"/>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="36"/>
        <source>Oublier les pages prises</source>
        <translation>Forget the pages taken</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="43"/>
        <source>Pages prises</source>
        <translation>Pages taken</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="81"/>
        <source>Les scanners ne sont pas pris en charge sur ce système.</source>
        <translation>Scanners are not supported on this system.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="92"/>
        <source>Numérisation en cours…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="100"/>
        <source>Aucune caméra détectée sur cet ordinateur.</source>
        <translation>No camera detected on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="103"/>
        <source>&amp;Prendre la photo</source>
        <translation>&amp;Take the photo</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="104"/>
        <source>Placez la feuille devant la caméra, puis « Prendre la photo ».</source>
        <translation>Hold the sheet in front of the camera, then “Take the photo”.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="109"/>
        <source>{n} page(s) prête(s).</source>
        <translation>{n} page(s) ready.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="119"/>
        <source>{n} page(s) assemblée(s) en un seul PDF.</source>
        <translation>{n} page(s) put together in one PDF.</translation>
    </message>
</context>
<context>
    <name>CategoryText</name>
    <message>
        <location filename="../core_texts.py" line="34"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="35"/>
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="36"/>
        <source>Impôts</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="37"/>
        <source>CAF - Allocations</source>
        <translation>CAF - Benefits</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="38"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="39"/>
        <source>Travail - Emploi</source>
        <translation>Work - Employment</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="40"/>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="41"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="42"/>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="43"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../confirm.py" line="24"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../confirm.py" line="25"/>
        <source>Non, annuler</source>
        <translation>No, cancel</translation>
    </message>
    <message>
        <location filename="../confirm.py" line="25"/>
        <source>Non, ne rien changer</source>
        <translation>No, change nothing</translation>
    </message>
</context>
<context>
    <name>ConsentPoints</name>
    <message>
        <location filename="../consent_texts.py" line="12"/>
        <source>Vous savez ce que le mandat permet : faire à votre place les démarches choisies, et rien d&apos;autre.</source>
        <translation>You know what the mandate allows: doing the chosen procedures for you, and nothing else.</translation>
    </message>
    <message>
        <location filename="../consent_texts.py" line="17"/>
        <source>Vous savez combien de temps dure le mandat et à quelle date il s&apos;arrête.</source>
        <translation>You know how long the mandate lasts and on what date it ends.</translation>
    </message>
    <message>
        <location filename="../consent_texts.py" line="21"/>
        <source>Vous savez que vous pouvez arrêter le mandat quand vous voulez, en le demandant ici ou par écrit.</source>
        <translation>You know that you can end the mandate whenever you want, by asking here or in writing.</translation>
    </message>
    <message>
        <location filename="../consent_texts.py" line="26"/>
        <source>Vous savez que vos informations sont gardées secrètes, et que vous pouvez les voir, les corriger ou les faire effacer.</source>
        <translation>You know that your information is kept secret, and that you can see it, correct it or have it erased.</translation>
    </message>
    <message>
        <location filename="../consent_texts.py" line="31"/>
        <source>Vous n&apos;êtes pas sous tutelle, curatelle ou sauvegarde de justice.</source>
        <translation>You are not under guardianship, curatorship or court protection.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../screens/mandate_consent.py" line="63"/>
        <source>Ce que la personne accepte</source>
        <extracomment>Width of the on-screen preview of the form (an A4 page at this width stays legible enough to show the layout; the person reads the printed sheet).</extracomment>
        <translation>What the person agrees to</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="67"/>
        <source>Fin du mandat</source>
        <translation>End of the mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="69"/>
        <source>&amp;Lire à voix haute</source>
        <translation>&amp;Read aloud</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="69"/>
        <source>Lire à voix haute ce qui est accepté</source>
        <translation>Read aloud what is agreed to</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="78"/>
        <source>Lire</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="78"/>
        <source>Lire à voix haute le point {n}</source>
        <translation>Read point {n} aloud</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="86"/>
        <source>J&apos;ai lu ces {n} points avec la personne : elle les a compris.</source>
        <translation>I have read these {n} points with the person: they understood them.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="90"/>
        <source>Points lus et compris</source>
        <translation>Points read and understood</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="93"/>
        <source>La personne est d&apos;&amp;accord</source>
        <translation>The person &amp;agrees</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="93"/>
        <source>La personne est d&apos;accord</source>
        <translation>The person agrees</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="95"/>
        <source>La personne &amp;refuse</source>
        <translation>The person &amp;refuses</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="95"/>
        <source>La personne refuse</source>
        <translation>The person refuses</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="97"/>
        <source>Aperçu du formulaire</source>
        <translation>Preview of the form</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="109"/>
        <source>À dire avec la personne :</source>
        <translation>To go through with the person:</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="116"/>
        <source>Accord de la personne</source>
        <translation>The person&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="121"/>
        <source>Aperçu du formulaire à signer</source>
        <translation>Preview of the form to sign</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="139"/>
        <source>La personne donne mandat à : {holder}</source>
        <translation>The person gives a mandate to: {holder}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="141"/>
        <source>pour ces démarches seulement :</source>
        <translation>for these procedures only:</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="154"/>
        <source>{label} : {plain}</source>
        <translation>{label}: {plain}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="163"/>
        <source>Jusqu&apos;au {date} (heure de Paris), sauf si elle l&apos;arrête avant.</source>
        <translation>Until {date} (Paris time), unless they stop it earlier.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="175"/>
        <source>le site {name}</source>
        <translation>the site {name}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_consent.py" line="178"/>
        <source>Vous donnez mandat à {who}, pour ces démarches : {demarches}. Le mandat dure jusqu&apos;au {date}.</source>
        <translation>You give a mandate to {who}, for these procedures: {demarches}. The mandate lasts until {date}.</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../screens/vault_create.py" line="39"/>
        <source>Consigne</source>
        <extracomment>Emitted (no payload) once the vault exists and its papers are printed or skipped.</extracomment>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="40"/>
        <source>Clavier du code personnel</source>
        <translation>Personal code keypad</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="42"/>
        <source>Phrase secrète (facultatif)</source>
        <translation>Passphrase (optional)</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="43"/>
        <source>Phrase secrète, encore</source>
        <translation>Passphrase, again</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="45"/>
        <source>Erreur de création du coffre</source>
        <translation>Vault creation error</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="44"/>
        <source>Information sur le coffre</source>
        <translation>Vault information</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="47"/>
        <source>Imprimer la &amp;carte</source>
        <translation>Print the &amp;card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="47"/>
        <source>Imprimer la carte du coffre</source>
        <translation>Print the vault card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="50"/>
        <source>Imprimer la feuille de &amp;secours</source>
        <translation>Print the &amp;recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="51"/>
        <source>Imprimer la feuille de secours du coffre</source>
        <translation>Print the vault recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="54"/>
        <source>&amp;Terminé</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="54"/>
        <source>Terminer la création du coffre</source>
        <translation>Finish creating the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="58"/>
        <source>Code de la carte du coffre</source>
        <translation>Vault card code</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="60"/>
        <source>Confirmation sans carte</source>
        <translation>Confirmation without a card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="63"/>
        <source>&amp;Phrase secrète</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="64"/>
        <source>Phrase secrète (&amp;encore)</source>
        <translation>Passphrase (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="71"/>
        <source>Créer le coffre</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="103"/>
        <source>La personne choisit un code de 4 à 12 chiffres et le tape sur le clavier, puis appuie sur Valider. Ne le notez nulle part.</source>
        <translation>The person chooses a code of 4 to 12 digits, types it on the keypad, then presses Confirm. Do not write it down anywhere.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="116"/>
        <source>Le code est trop court : {n} chiffre(s) tapé(s), il en faut au moins {min}. Tapez un code plus long.</source>
        <translation>The code is too short: {n} digit(s) typed, at least {min} are needed. Type a longer code.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="123"/>
        <source>Tapez le même code une deuxième fois, puis Valider.</source>
        <translation>Type the same code a second time, then Confirm.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="133"/>
        <source>Les deux codes tapés ne sont pas les mêmes : recommencez, en tapant le nouveau code deux fois.</source>
        <translation>The two codes typed are not the same: start again, typing the new code twice.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="173"/>
        <source>Code de la carte : {code} (imprimé sur la carte)</source>
        <translation>Card code: {code} (printed on the card)</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="196"/>
        <source>La carte du coffre n&apos;a pas été imprimée. Son code va disparaître de l&apos;écran : sans la carte (ou la feuille de secours), la personne ne pourra pas ouvrir son coffre. Terminer quand même ?</source>
        <translation>The vault card has not been printed. Its code will disappear from the screen: without the card (or the recovery sheet), the person will not be able to open their vault. Finish anyway?</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="200"/>
        <source>Oui, terminer sans la carte</source>
        <translation>Yes, finish without the card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="139"/>
        <source>Les deux phrases secrètes ne sont pas les mêmes.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="159"/>
        <source>Création du coffre…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="167"/>
        <source>Le coffre est créé. Imprimez la carte du coffre (à garder par la personne) et la feuille de secours (à ranger en lieu sûr).</source>
        <translation>The vault is created. Print the vault card (for the person to keep) and the recovery sheet (to store somewhere safe).</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="171"/>
        <source>Code de la carte : {code}</source>
        <translation>Card code: {code}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../date_input.py" line="20"/>
        <source>janvier</source>
        <extracomment>Years before this are taken for typing slips (nobody helped today was born before 1900).</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="21"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="22"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="23"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="24"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="25"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="26"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="27"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="28"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="29"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="30"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="31"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="52"/>
        <source>« {text} » n&apos;est pas une date : écrivez le jour, le mois et l&apos;année, par exemple 14/05/1946.</source>
        <translation>“{text}” is not a date: write the day, the month and the year, for example 14/05/1946.</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="65"/>
        <source>Le mois {month} n&apos;existe pas : les mois vont de 1 à 12.</source>
        <translation>Month {month} does not exist: months go from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="74"/>
        <source>Le 29 février {year} n&apos;existe pas : {year} n&apos;est pas bissextile.</source>
        <translation>29 February {year} does not exist: {year} is not a leap year.</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="79"/>
        <source>Le {day} {month} n&apos;existe pas.</source>
        <translation>{day} {month} does not exist.</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="85"/>
        <source>L&apos;année {year} est trop ancienne.</source>
        <translation>The year {year} is too long ago.</translation>
    </message>
    <message>
        <location filename="../date_input.py" line="91"/>
        <source>Le {date} n&apos;est pas encore arrivé.</source>
        <translation>{date} has not come yet.</translation>
    </message>
</context>
<context>
    <name>DemarchePlainText</name>
    <message>
        <location filename="../core_texts.py" line="44"/>
        <source>Carte d&apos;identité, passeport, permis, liste électorale.</source>
        <translation>Identity card, passport, driving licence, electoral roll.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="45"/>
        <source>Naissance, mariage, école, cantine, allocations familiales.</source>
        <translation>Birth, marriage, school, canteen, family allowances.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="46"/>
        <source>Sécurité sociale, mutuelle, RSA, handicap, retraite.</source>
        <translation>Social security, health insurance, RSA benefit, disability, pension.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="47"/>
        <source>France Travail, recherche d&apos;emploi, formation.</source>
        <translation>France Travail, job search, training.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="48"/>
        <source>Aide au logement, logement social, énergie.</source>
        <translation>Housing benefit, social housing, energy.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="49"/>
        <source>Carte grise, transports en commun, amendes.</source>
        <translation>Vehicle registration, public transport, fines.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="50"/>
        <source>Impôts, banque, factures, litiges de consommation.</source>
        <translation>Taxes, bank, bills, consumer disputes.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="51"/>
        <source>Casier judiciaire, aide juridictionnelle, plainte.</source>
        <translation>Criminal record, legal aid, complaint.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="52"/>
        <source>Titre de séjour, naturalisation, démarches européennes.</source>
        <translation>Residence permit, naturalisation, European procedures.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="53"/>
        <source>Inscriptions, licences sportives, bibliothèque.</source>
        <translation>Registrations, sports licences, library.</translation>
    </message>
</context>
<context>
    <name>DemarcheText</name>
    <message>
        <location filename="../core_texts.py" line="54"/>
        <source>Papiers - Citoyenneté - Élections</source>
        <translation>Papers - Citizenship - Elections</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="55"/>
        <source>Famille - Scolarité</source>
        <translation>Family - Schooling</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="56"/>
        <source>Social - Santé</source>
        <translation>Social - Health</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="57"/>
        <source>Travail - Formation</source>
        <translation>Work - Training</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="58"/>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="59"/>
        <source>Transports - Mobilité</source>
        <translation>Transport - Mobility</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="60"/>
        <source>Argent - Impôts - Consommation</source>
        <translation>Money - Taxes - Consumer</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="61"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="62"/>
        <source>Étranger - Europe</source>
        <translation>Foreigners - Europe</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="63"/>
        <source>Loisirs - Sport - Culture</source>
        <translation>Leisure - Sport - Culture</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../screens/vault_documents.py" line="61"/>
        <source>Documents du coffre</source>
        <extracomment>Emitted (no payload) when the usager closes their vault. Emitted (no payload) to change how the vault opens (card, PIN, passphrase).</extracomment>
        <translation>Documents in the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="70"/>
        <source>Place utilisée dans le coffre</source>
        <translation>Room used in the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="73"/>
        <source>Papiers qui expirent bientôt</source>
        <translation>Papers expiring soon</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="75"/>
        <source>Document affiché</source>
        <translation>Document shown</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="81"/>
        <source>Image affichée</source>
        <translation>Image shown</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="90"/>
        <source>&amp;Voir</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="90"/>
        <source>Voir le document</source>
        <translation>View the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="91"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="91"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="93"/>
        <source>&amp;Enregistrer une copie</source>
        <translation>&amp;Save a copy</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="93"/>
        <source>Enregistrer une copie du document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="95"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="95"/>
        <source>Supprimer le document</source>
        <translation>Delete the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="97"/>
        <source>&amp;Carte et phrase…</source>
        <translation>&amp;Card and passphrase…</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="97"/>
        <source>Changer la carte, le code ou la phrase</source>
        <translation>Change the card, the code or the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="100"/>
        <source>&amp;Fermer le coffre</source>
        <translation>&amp;Close the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="100"/>
        <source>Fermer le coffre</source>
        <translation>Close the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="104"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="105"/>
        <source>&amp;Oui</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="105"/>
        <source>Oui, confirmer</source>
        <translation>Yes, confirm</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="106"/>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="106"/>
        <source>Non, annuler</source>
        <translation>No, cancel</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="114"/>
        <source>Erreur du coffre ouvert</source>
        <translation>Open vault error</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="113"/>
        <source>Information sur les documents</source>
        <translation>Documents information</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="171"/>
        <source>Ouverture des documents…</source>
        <translation>Opening the documents…</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="196"/>
        <source>Place utilisée : {used} Mo sur {quota} Mo.</source>
        <translation>Room used: {used} MB of {quota} MB.</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="200"/>
        <source>Place utilisée : {used} Mo.</source>
        <translation>Room used: {used} MB.</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="210"/>
        <source>Papiers qui expirent bientôt : </source>
        <translation>Papers expiring soon: </translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="243"/>
        <source>Ouverture du document…</source>
        <translation>Opening the document…</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="269"/>
        <source>Affiché : {title} (déposé le {date}).</source>
        <translation>Shown: {title} (deposited on {date}).</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="295"/>
        <source>Une copie NON protégée sera enregistrée dans « {folder} ». Toute personne qui utilise cet ordinateur pourra la lire. Confirmer ?</source>
        <translation>An UNPROTECTED copy will be saved in “{folder}”. Anyone using this computer will be able to read it. Confirm?</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="303"/>
        <source>Supprimer ce document du coffre pour toujours ?</source>
        <translation>Delete this document from the vault for ever?</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="324"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="328"/>
        <source>Document supprimé.</source>
        <translation>Document deleted.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../core_texts.py" line="64"/>
        <source>Seul un responsable du site peut faire cela.</source>
        <translation>Only a site manager can do this.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="65"/>
        <source>Seul un agent connecté peut faire cela.</source>
        <translation>Only a logged-in agent can do this.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app.py" line="49"/>
        <source>Une erreur inattendue s&apos;est produite. Votre travail enregistré n&apos;est pas perdu ; si cela se reproduit, prévenez le responsable du site.</source>
        <extracomment>Language of the interface at start (&quot;fr&quot; by default; &quot;en&quot; uses ui/i18n/aidant_en.qm).</extracomment>
        <translation>An unexpected error occurred. Your saved work is not lost; if it happens again, tell the site manager.</translation>
    </message>
</context>
<context>
    <name>Fatal</name>
    <message>
        <location filename="../app.py" line="64"/>
        <source>Message d&apos;erreur</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FaultPlace</name>
    <message>
        <location filename="../core_texts.py" line="66"/>
        <source>début du fichier</source>
        <translation>start of the file</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="67"/>
        <source>dossier des données d&apos;Aidant</source>
        <translation>Aidant&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="68"/>
        <source>structure interne</source>
        <translation>internal structure</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="69"/>
        <source>lecture des données</source>
        <translation>reading the data</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="70"/>
        <source>page(s) {pages}</source>
        <translation>page(s) {pages}</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="71"/>
        <source>table(s) {tables}</source>
        <translation>table(s) {tables}</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="72"/>
        <source>page(s) {pages} ; table(s) {tables}</source>
        <translation>page(s) {pages}; table(s) {tables}</translation>
    </message>
</context>
<context>
    <name>FaultText</name>
    <message>
        <location filename="../core_texts.py" line="73"/>
        <source>« {path} » est sur un support en lecture seule : rendez ce dossier accessible en écriture (ou choisissez-en un autre), puis recommencez.</source>
        <translation>“{path}” is on read-only storage: make this folder writable (or choose another one), then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="74"/>
        <source>Aidant n&apos;a pas le droit d&apos;utiliser « {path} » : demandez à l&apos;administrateur du poste d&apos;en donner l&apos;accès, puis recommencez.</source>
        <translation>Aidant is not allowed to use “{path}”: ask this computer&apos;s administrator to give access to it, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="75"/>
        <source>Le disque de « {path} » est plein : libérez de la place, puis recommencez.</source>
        <translation>The disk of “{path}” is full: free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="76"/>
        <source>Votre quota d&apos;espace disque est atteint pour « {path} » : libérez de la place, puis recommencez.</source>
        <translation>Your disk quota is used up for “{path}”: free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="77"/>
        <source>« {path} » est introuvable : vérifiez le chemin, puis recommencez.</source>
        <translation>“{path}” cannot be found: check the path, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="78"/>
        <source>« {path} » existe déjà : choisissez un autre nom.</source>
        <translation>“{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="79"/>
        <source>Une partie du chemin « {path} » n&apos;est pas un dossier : vérifiez le chemin.</source>
        <translation>Part of the path “{path}” is not a folder: check the path.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="80"/>
        <source>« {path} » est un dossier et non un fichier : indiquez un fichier.</source>
        <translation>“{path}” is a folder, not a file: give a file.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="81"/>
        <source>Le chemin « {path} » est trop long : choisissez un nom plus court.</source>
        <translation>The path “{path}” is too long: choose a shorter name.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="82"/>
        <source>Le support de « {path} » n&apos;a pas répondu (débranché ou défaillant) : vérifiez-le, puis recommencez.</source>
        <translation>The storage holding “{path}” did not respond (unplugged or failing): check it, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="83"/>
        <source>« {path} » est occupé par un autre programme : fermez-le, puis recommencez.</source>
        <translation>“{path}” is in use by another program: close it, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="84"/>
        <source>Le système a trop de fichiers ouverts : fermez d&apos;autres programmes, puis recommencez.</source>
        <translation>The system has too many files open: close other programs, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="85"/>
        <source>Le système a refusé d&apos;utiliser « {path} » : vérifiez le support et ses droits, puis recommencez.</source>
        <translation>The system refused to use “{path}”: check the storage and its permissions, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="86"/>
        <source>La base de données du site est endommagée ({where}) : rien n&apos;a été modifié. Le responsable doit restaurer la dernière sauvegarde (aidant self-test montre où).</source>
        <translation>The site&apos;s database is damaged ({where}): nothing was changed. The manager must restore the latest backup (aidant self-test shows where).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="87"/>
        <source>Le fichier de la base de données « {path} » est vide : le responsable doit restaurer la dernière sauvegarde.</source>
        <translation>The database file “{path}” is empty: the manager must restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="88"/>
        <source>Le fichier de la base de données « {path} » est tronqué : le responsable doit restaurer la dernière sauvegarde.</source>
        <translation>The database file “{path}” is truncated: the manager must restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="89"/>
        <source>La base de données est occupée par un autre programme Aidant : attendez qu&apos;il ait fini, puis recommencez.</source>
        <translation>The database is in use by another Aidant program: wait for it to finish, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="90"/>
        <source>La liaison avec le serveur du site est coupée : vérifiez le réseau et que le serveur est allumé, puis, avant de refaire la dernière opération, regardez si elle a été enregistrée.</source>
        <translation>The connection to the site server is cut: check the network and that the server is on, then, before doing the last operation again, look whether it was saved.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="91"/>
        <source>Commande interrompue : ce qui était déjà enregistré reste valable.</source>
        <translation>Command interrupted: what was already saved stays valid.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="92"/>
        <source>Erreur interne inattendue : relancez avec --verbose pour les détails et signalez-la.</source>
        <translation>Unexpected internal error: run again with --verbose for the details and report it.</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <location filename="../core_texts.py" line="93"/>
        <source>Mandats créés</source>
        <translation>Mandates created</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="94"/>
        <source>Mandats actifs</source>
        <translation>Active mandates</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="95"/>
        <source>Usagers accompagnés</source>
        <translation>People helped</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="96"/>
        <source>dont nouveaux</source>
        <translation>of whom new</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="97"/>
        <source>dont déjà venus</source>
        <translation>of whom returning</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="98"/>
        <source>Démarches effectuées</source>
        <translation>Procedures carried out</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="99"/>
        <source>Documents déposés</source>
        <translation>Documents stored</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="100"/>
        <source>Documents imprimés</source>
        <translation>Documents printed</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <location filename="../core_texts.py" line="101"/>
        <source>Chemin refusé : « {path} » sort du dossier « {root} ».</source>
        <translation>Path refused: “{path}” is outside the folder “{root}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="102"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="103"/>
        <source>« {path} » est un lien, pas un dossier.</source>
        <translation>“{path}” is a link, not a folder.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="104"/>
        <source>Le dossier « {root} » lui-même n&apos;est jamais supprimé.</source>
        <translation>The folder “{root}” itself is never deleted.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="105"/>
        <source>Le dossier « {path} » a changé pendant l&apos;effacement : laissé.</source>
        <translation>The folder “{path}” changed while it was being wiped, so it was left as it is.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="106"/>
        <source>Le dossier à vider « {path} » doit être un chemin complet.</source>
        <translation>The folder to empty, “{path}”, must be a full path.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="107"/>
        <source>Le dossier à vider « {path} » n&apos;existe pas.</source>
        <translation>The folder to empty, “{path}”, does not exist.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="108"/>
        <source>Le dossier à vider « {path} » est un lien vers un autre dossier : refusé.</source>
        <translation>The folder to empty, “{path}”, is a link to another folder: refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="109"/>
        <source>Le dossier à vider « {path} » mène maintenant à « {target} » : il n&apos;est pas vidé ; un responsable doit le choisir à nouveau.</source>
        <translation>The folder to empty, “{path}”, now leads to “{target}”: it is not emptied; a manager must choose it again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="110"/>
        <source>Le dossier « {path} » est la racine du disque : refusé.</source>
        <translation>The folder “{path}” is the top level of the disk: refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="111"/>
        <source>Le dossier « {path} » est un dossier personnel entier : refusé.</source>
        <translation>The folder “{path}” is a whole home folder: refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="112"/>
        <source>Le dossier « {path} » est un dossier du système : refusé.</source>
        <translation>The folder “{path}” is a system folder: refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="113"/>
        <source>Le dossier « {path} » contient les données d&apos;Aidant : refusé.</source>
        <translation>The folder “{path}” contains Aidant&apos;s data: refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="114"/>
        <source>Impossible de réserver « {path} » au compte actuel : {reason}. Les autres comptes de cet ordinateur pourraient le lire.</source>
        <translation>“{path}” could not be made private to this account: {reason}. Other accounts of this computer could read it.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="115"/>
        <source>Le dossier « {path} » était ouvert aux autres comptes de cet ordinateur : il est de nouveau réservé au compte actuel ; prévenez le responsable du site.</source>
        <translation>The folder “{path}” was open to other accounts of this computer: it is private to this account again; tell the site manager.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="116"/>
        <source>Le dossier « {path} » appartient à un autre compte de cet ordinateur, qui peut le lire et le modifier : prévenez le responsable du site.</source>
        <translation>The folder “{path}” belongs to another account of this computer, which can read and change it: tell the site manager.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="117"/>
        <source>« {path} » est un autre disque monté ici : non vidé.</source>
        <translation>“{path}” is another disk mounted here, so it was not emptied.</translation>
    </message>
</context>
<context>
    <name>HolderStep</name>
    <message>
        <location filename="../screens/holder_step.py" line="28"/>
        <source>Mandat au site</source>
        <translation>Mandate to the site</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="28"/>
        <source>Le si&amp;te (les agents d&apos;ici)</source>
        <translation>The si&amp;te (the agents here)</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="31"/>
        <source>Un &amp;proche (famille, ami)</source>
        <translation>A &amp;relative (family, friend)</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="31"/>
        <source>Mandat à un proche</source>
        <translation>Mandate to a relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="38"/>
        <source>Rechercher un proche</source>
        <translation>Search for a relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="38"/>
        <source>Nom du proche</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="40"/>
        <source>Proches trouvés</source>
        <translation>Relatives found</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="42"/>
        <source>Nom du nouveau proche</source>
        <translation>New relative&apos;s surname</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="43"/>
        <source>Prénom du nouveau proche</source>
        <translation>New relative&apos;s first name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="44"/>
        <source>Lien avec la personne</source>
        <translation>Relationship to the person</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="44"/>
        <source>ex. : fille</source>
        <translation>e.g. daughter</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="46"/>
        <source>Enregistrer ce proche</source>
        <translation>Register this relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="46"/>
        <source>Enregistrer ce p&amp;roche</source>
        <translation>Register this re&amp;lative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="48"/>
        <source>Erreur du proche</source>
        <translation>Relative error</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="50"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="51"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="52"/>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="56"/>
        <source>Pas dans la liste ? Enregistrez-le :</source>
        <translation>Not in the list? Register them:</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="65"/>
        <source>À qui la personne donne-t-elle mandat ?</source>
        <translation>Who does the person give the mandate to?</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/home.py" line="27"/>
        <source>Accueil de l&apos;agent</source>
        <translation>Agent&apos;s home</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="30"/>
        <source>Agent connecté</source>
        <translation>Logged-in agent</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="32"/>
        <source>&amp;Nouvel usager</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="32"/>
        <source>Enregistrer un nouvel usager</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="34"/>
        <source>&amp;Gestion du site</source>
        <translation>&amp;Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="34"/>
        <source>Gestion du site</source>
        <translation>Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="35"/>
        <source>Mot de &amp;passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="35"/>
        <source>Mots de passe et accès</source>
        <translation>Passwords and access</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="37"/>
        <source>Rechercher un usager</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="38"/>
        <source>Nom ou prénom (les accents sont facultatifs)</source>
        <translation>Surname or first name (accents are optional)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="41"/>
        <source>Usagers trouvés</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="44"/>
        <source>Nombre d&apos;usagers trouvés</source>
        <translation>Number of people found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="46"/>
        <location filename="../screens/home.py" line="68"/>
        <source>Mandats qui finissent bientôt</source>
        <translation>Mandates ending soon</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="49"/>
        <location filename="../screens/home.py" line="70"/>
        <source>Dernières personnes aidées</source>
        <translation>People helped lately</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="60"/>
        <source>&amp;Rechercher un usager</source>
        <translation>Sea&amp;rch for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="88"/>
        <source>Bonjour {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="101"/>
        <source> — né(e) le {date}</source>
        <translation> — born on {date}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="108"/>
        <source>{n} usager(s)</source>
        <translation>{n} person(s)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="117"/>
        <source>{name} : mandat jusqu&apos;au {date}</source>
        <translation>{name}: mandate until {date}</translation>
    </message>
</context>
<context>
    <name>IdentityEditor</name>
    <message>
        <location filename="../screens/usager_identity.py" line="32"/>
        <source>Nom de famille corrigé</source>
        <translation>Corrected surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="33"/>
        <source>Prénoms corrigés</source>
        <translation>Corrected first names</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="34"/>
        <source>Date de naissance corrigée</source>
        <translation>Corrected date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="34"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="35"/>
        <source>Lieu de naissance corrigé</source>
        <translation>Corrected place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="36"/>
        <source>Téléphone corrigé</source>
        <translation>Corrected phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="36"/>
        <source>ex. : 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="37"/>
        <source>Adresse e-mail corrigée</source>
        <translation>Corrected e-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="37"/>
        <source>ex. : nom@exemple.fr</source>
        <translation>e.g. name@example.fr</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="39"/>
        <source>Enregistrer la correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="41"/>
        <source>Annuler la correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="44"/>
        <source>C&apos;est une autre personne : corriger &amp;quand même</source>
        <translation>It is another person: correct an&amp;yway</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="45"/>
        <source>C&apos;est une autre personne : corriger quand même</source>
        <translation>It is another person: correct anyway</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="48"/>
        <source>Erreur de correction</source>
        <translation>Correction error</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="50"/>
        <source>Nom de famille</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="51"/>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="52"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="53"/>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="54"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="55"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../idle_overlay.py" line="33"/>
        <location filename="../idle_overlay.py" line="49"/>
        <source>Avertissement d&apos;inactivité</source>
        <extracomment>What dismisses the warning: the input the session counts as activity (ui.session_guard), so the warning never stays up, its countdown stopped, after the session was kept alive.</extracomment>
        <translation>Inactivity warning</translation>
    </message>
    <message>
        <location filename="../idle_overlay.py" line="52"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment : {what} se fermera dans {n} secondes. Appuyez sur une touche ou bougez la souris pour continuer.</source>
        <translation>Nobody has touched the computer for a while: {what} will close in {n} seconds. Press a key or move the mouse to continue.</translation>
    </message>
</context>
<context>
    <name>InputField</name>
    <message>
        <location filename="../core_texts.py" line="118"/>
        <source>nom de famille</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="119"/>
        <source>prénoms</source>
        <translation>first names</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="120"/>
        <source>date de naissance</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="121"/>
        <source>lieu de naissance</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="122"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="123"/>
        <source>courriel</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="124"/>
        <source>lien avec la personne</source>
        <translation>relationship to the person</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="125"/>
        <source>nom du site</source>
        <translation>site name</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="126"/>
        <source>nom de l&apos;agent</source>
        <translation>agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="127"/>
        <source>titre du document</source>
        <translation>document title</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="128"/>
        <source>motif</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="129"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="130"/>
        <source>organisme</source>
        <translation>organisation</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <location filename="../core_texts.py" line="131"/>
        <source>Le champ « {field} » est vide.</source>
        <translation>The “{field}” field is empty.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="132"/>
        <source>Le champ « {field} » dépasse {max_length} caractères : raccourcissez-le.</source>
        <translation>The “{field}” field is longer than {max_length} characters: shorten it.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="133"/>
        <source>Le champ « {field} » contient un caractère invisible ou de contrôle : retapez-le au clavier.</source>
        <translation>The “{field}” field contains an invisible or control character: type it again on the keyboard.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="134"/>
        <source>La date « {date} » ({field}) n&apos;est pas plausible : elle doit être entre le {low} et le {high}.</source>
        <translation>The date “{date}” ({field}) is not plausible: it must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="135"/>
        <source>« {path} » dépasse {max_mb} Mo : déposez un fichier plus petit.</source>
        <translation>“{path}” is larger than {max_mb} MB: store a smaller file.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="136"/>
        <source>« {path} » n&apos;est pas un fichier ordinaire (tube, périphérique ou prise) : indiquez un fichier.</source>
        <translation>“{path}” is not an ordinary file (pipe, device or socket): give a file.</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../core_texts.py" line="137"/>
        <source>Le fichier de point de contrôle est illisible : ce n&apos;est pas un fichier exporté par « aidant journal checkpoint --out ».</source>
        <translation>The checkpoint file cannot be read. It is not a file exported by “aidant journal checkpoint --out”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="138"/>
        <source>Ce point de contrôle est d&apos;un format plus récent : mettez Aidant à jour.</source>
        <translation>This checkpoint uses a newer format. Please update Aidant.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="139"/>
        <source>La clé de signature du journal est absente du trousseau de ce poste : restaurez-la avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>The journal signing key is missing from this computer&apos;s keyring. Restore it with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="140"/>
        <source>La clé de signature du trousseau n&apos;est pas celle de ce site : restaurez la bonne clé depuis la feuille de secours.</source>
        <translation>The signing key in the keyring does not belong to this site. Restore the right key from the recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="141"/>
        <source>point de contrôle signé n° {number} ({size} entrées, {day} à {time})</source>
        <translation>signed checkpoint no. {number} ({size} entries, {day} at {time})</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="142"/>
        <source>point de contrôle signé n° {number} ({size} entrées, {at})</source>
        <translation>signed checkpoint no. {number} ({size} entries, {at})</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="143"/>
        <source>point de contrôle présenté ({size} entrées, {day} à {time})</source>
        <translation>presented checkpoint ({size} entries, {day} at {time})</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="144"/>
        <source>point de contrôle présenté ({size} entrées, {at})</source>
        <translation>presented checkpoint ({size} entries, {at})</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="145"/>
        <source>Le {anchor} appartient à un autre site ({site_id}) que ce journal.</source>
        <translation>The {anchor} belongs to a different site ({site_id}) from this journal.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="146"/>
        <source>Le {anchor} a été signé avec une autre clé que celle de ce site : la clé du site ou le point de contrôle a été remplacé.</source>
        <translation>The {anchor} was signed with a key other than this site&apos;s: either the site&apos;s key or the checkpoint has been replaced.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="147"/>
        <source>Le {anchor} a une signature invalide : il a été modifié après sa signature.</source>
        <translation>The {anchor} has an invalid signature: it was changed after being signed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="148"/>
        <source>Le {anchor} n&apos;atteste pas un journal vide.</source>
        <translation>The {anchor} does not attest an empty journal.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="153"/>
        <source>Aucune clé d&apos;agent certifiée n&apos;a ouvert le site sur ce poste : le point de contrôle n&apos;est pas signé.</source>
        <translation>No certified agent key opened the site on this computer: the checkpoint is not signed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="154"/>
        <source>La clé racine enregistrée dans la base n&apos;a pas l&apos;empreinte que vous avez saisie : les certificats des agents et leurs signatures ne prouvent rien.</source>
        <translation>The root key recorded in the database does not have the fingerprint you typed: the agents&apos; certificates and their signatures prove nothing.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="155"/>
        <source>La clé racine enregistrée dans la base n&apos;est pas celle que ce poste connaît : les certificats des agents et leurs signatures ne prouvent rien.</source>
        <translation>The root key recorded in the database is not the one this computer knows: the agents&apos; certificates and their signatures prove nothing.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="156"/>
        <source>Le {anchor} n&apos;est pas signé par l&apos;agent qui l&apos;a écrit : quelqu&apos;un l&apos;a signé de nouveau avec sa propre clé après avoir modifié le journal.</source>
        <translation>The {anchor} is not signed by the agent who wrote it: someone signed it again with their own key after changing the journal.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="157"/>
        <source>L&apos;entrée n° {seq} enregistre un point de contrôle qui n&apos;est plus dans la base : il a été supprimé.</source>
        <translation>Entry no. {seq} records a checkpoint that is no longer in the database: it was deleted.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="158"/>
        <source>Le journal a été réécrit : l&apos;entrée n° {seq} ne correspond plus au {anchor} ; les entrées n° {first} à {seq} ont été modifiées puis rechaînées.</source>
        <translation>The journal has been rewritten: entry no. {seq} no longer matches the {anchor}; entries no. {first} to {seq} were changed, then chained again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="159"/>
        <source>Le journal est tronqué : il compte {size} entrées alors que le {anchor} en atteste {attested} ; les entrées n° {first_missing} et suivantes ont été supprimées.</source>
        <translation>The journal has been truncated: it has {size} entries whereas the {anchor} attests {attested}; entries no. {first_missing} onwards were deleted.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="149"/>
        <source>Le journal est altéré : l&apos;entrée n° {missing} manque (la suivante porte le n° {found}) ; une entrée a été supprimée.</source>
        <translation>The journal has been altered: entry no. {missing} is missing (the next one is no. {found}); an entry was deleted.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="150"/>
        <source>Le journal est altéré : une entrée n° {found} est en trop ou hors de sa place après l&apos;entrée n° {previous}.</source>
        <translation>The journal has been altered: an entry no. {found} is extra or out of place after entry no. {previous}.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="151"/>
        <source>Le journal est altéré à l&apos;entrée n° {seq} : elle ne suit plus l&apos;entrée précédente (une entrée a été supprimée, insérée ou déplacée, ou son chaînage modifié).</source>
        <translation>The journal has been altered at entry no. {seq}: it no longer follows the previous entry (an entry was deleted, inserted or moved, or its chaining was changed).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="152"/>
        <source>Le journal est altéré à l&apos;entrée n° {seq} : son contenu ne correspond plus à son empreinte (entrée modifiée).</source>
        <translation>The journal has been altered at entry no. {seq}: its content no longer matches its fingerprint (entry changed).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="160"/>
        <source>Le {anchor} date d&apos;avant la purge du journal : les entrées n° 1 à {up_to} ont été effacées au terme de leur durée d&apos;archivage ; il ne peut plus être vérifié.</source>
        <translation>The {anchor} predates the journal purge: entries 1 to {up_to} were erased at the end of their archive period; it can no longer be checked.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="161"/>
        <source>La clé publique enregistrée dans la base ne correspond pas à la clé de signature du site : la base a pu être réécrite avec une autre clé.</source>
        <translation>The public key recorded in the database does not match the site&apos;s signing key: the database may have been rewritten with another key.</translation>
    </message>
</context>
<context>
    <name>KindText</name>
    <message>
        <location filename="../core_texts.py" line="162"/>
        <source>Site installé</source>
        <translation>Site set up</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="163"/>
        <source>Réglage modifié</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="164"/>
        <source>Point de contrôle signé</source>
        <translation>Signed checkpoint</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="165"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="166"/>
        <source>Agent créé</source>
        <translation>Agent created</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="167"/>
        <source>Agent modifié</source>
        <translation>Agent updated</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="168"/>
        <source>Agent désactivé</source>
        <translation>Agent deactivated</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="169"/>
        <source>Connexion d&apos;un agent</source>
        <translation>Agent logged in</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="170"/>
        <source>Connexion refusée</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="171"/>
        <source>Compte d&apos;agent bloqué</source>
        <translation>Agent account locked</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="172"/>
        <source>Déconnexion d&apos;un agent</source>
        <translation>Agent logged out</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="173"/>
        <source>Code à usage unique activé</source>
        <translation>One-time code turned on</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="174"/>
        <source>Mot de passe changé par l&apos;agent</source>
        <translation>Password changed by the agent</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="175"/>
        <source>Mot de passe d&apos;un agent réinitialisé</source>
        <translation>Agent&apos;s password reset</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="176"/>
        <source>Agent réactivé</source>
        <translation>Agent reactivated</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="177"/>
        <source>Certificat d&apos;agent signé</source>
        <translation>Agent certificate signed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="178"/>
        <source>Clé racine du site remplacée</source>
        <translation>Site root key replaced</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="179"/>
        <source>Clé du site placée derrière les mots de passe des agents</source>
        <translation>Site key placed behind the agents&apos; passwords</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="180"/>
        <source>Journal raccourci ou remplacé, constaté par un responsable</source>
        <translation>Shortened or replaced journal, acknowledged by a manager</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="181"/>
        <source>Usager enregistré</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="182"/>
        <source>Usager modifié</source>
        <translation>Person updated</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="183"/>
        <source>Données d&apos;un usager effacées</source>
        <translation>Person&apos;s data erased</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="184"/>
        <source>Proche enregistré</source>
        <translation>Relative or carer registered</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="185"/>
        <source>Mandat créé</source>
        <translation>Mandate created</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="186"/>
        <source>Mandat renouvelé</source>
        <translation>Mandate renewed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="187"/>
        <source>Mandat révoqué</source>
        <translation>Mandate revoked</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="188"/>
        <source>Mandat expiré</source>
        <translation>Mandate expired</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="189"/>
        <source>Projet de mandat supprimé</source>
        <translation>Draft mandate deleted</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="190"/>
        <source>Démarche retirée d&apos;un mandat</source>
        <translation>Area removed from a mandate</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="191"/>
        <source>Consentement donné</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="192"/>
        <source>Consentement refusé</source>
        <translation>Consent refused</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="193"/>
        <source>Formulaire signé rattaché</source>
        <translation>Signed form attached</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="194"/>
        <source>Formulaire imprimé</source>
        <translation>Form printed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="195"/>
        <source>Démarche effectuée</source>
        <translation>Procedure carried out</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="196"/>
        <source>Démarche refusée</source>
        <translation>Procedure refused</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="197"/>
        <source>Coffre créé</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="198"/>
        <source>Coffre ouvert</source>
        <translation>Vault opened</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="199"/>
        <source>Ouverture de coffre refusée</source>
        <translation>Vault opening refused</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="200"/>
        <source>Coffre bloqué</source>
        <translation>Vault blocked</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="201"/>
        <source>Coffre refermé</source>
        <translation>Vault closed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="202"/>
        <source>Accès au coffre modifié</source>
        <translation>Vault access changed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="203"/>
        <source>Coffre détruit</source>
        <translation>Vault destroyed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="204"/>
        <source>Document déposé</source>
        <translation>Document stored</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="205"/>
        <source>Document ouvert</source>
        <translation>Document opened</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="206"/>
        <source>Document imprimé</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="207"/>
        <source>Document exporté</source>
        <translation>Document exported</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="208"/>
        <source>Document supprimé</source>
        <translation>Document deleted</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="209"/>
        <source>Session ouverte</source>
        <translation>Session started</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="210"/>
        <source>Session fermée</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="211"/>
        <source>Nettoyage du poste</source>
        <translation>Computer cleaned up</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="212"/>
        <source>Purge des données anciennes</source>
        <translation>Old data purged</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="213"/>
        <source>Journal exporté</source>
        <translation>Journal exported</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../screens/vault_locked.py" line="80"/>
        <source>Code de la carte du coffre</source>
        <extracomment>Bigger files are not read whole a second time to draw their thumbnail at deposit.</extracomment>
        <translation>Vault card code</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="81"/>
        <source>Clavier du code personnel</source>
        <translation>Personal code keypad</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="83"/>
        <source>Phrase secrète du coffre</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="85"/>
        <source>&amp;Ouvrir avec la phrase</source>
        <translation>&amp;Open with the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="85"/>
        <source>Ouvrir avec la phrase secrète</source>
        <translation>Open with the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="90"/>
        <source>1. Tapez le code imprimé sur la carte du coffre :</source>
        <translation>1. Type the code printed on the vault card:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="94"/>
        <location filename="../screens/vault_locked.py" line="296"/>
        <source>Lire la carte avec la &amp;caméra</source>
        <translation>Read the card with the &amp;camera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="94"/>
        <source>Lire la carte avec la caméra</source>
        <translation>Read the card with the camera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="102"/>
        <source>2. La personne tape son code, puis Valider :</source>
        <translation>2. The person types their code, then Confirm:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="106"/>
        <source>La personne tape sa phrase secrète :</source>
        <translation>The person types their passphrase:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="111"/>
        <source>Clé de la feuille de secours</source>
        <translation>Recovery sheet key</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="114"/>
        <location filename="../screens/vault_locked.py" line="261"/>
        <source>Lire la feuille avec la ca&amp;méra</source>
        <translation>Read the sheet with the ca&amp;mera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="115"/>
        <source>Lire la feuille de secours avec la caméra</source>
        <translation>Read the recovery sheet with the camera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="118"/>
        <source>Ouvrir avec la &amp;feuille</source>
        <translation>Open with the &amp;sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="119"/>
        <source>Ouvrir avec la feuille de secours</source>
        <translation>Open with the recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="128"/>
        <source>Tapez la clé imprimée sur la feuille de secours, ou lisez son QR :</source>
        <translation>Type the key printed on the recovery sheet, or read its QR code:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="136"/>
        <source>Façon d&apos;ouvrir le coffre</source>
        <translation>Way to open the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="139"/>
        <source>Carte et code</source>
        <translation>Card and code</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="140"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="141"/>
        <source>Feuille de secours</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="143"/>
        <source>Titre du document</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="143"/>
        <source>ex. : avis d&apos;imposition 2025</source>
        <translation>e.g. 2025 tax notice</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="145"/>
        <source>Sorte de papier</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="149"/>
        <source>Date de fin de validité</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="149"/>
        <source>jj/mm/aaaa (facultatif)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="151"/>
        <source>Choisir un &amp;fichier et déposer</source>
        <translation>Choose a &amp;file and deposit</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="151"/>
        <source>Déposer un fichier</source>
        <translation>Deposit a file</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="154"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="155"/>
        <source>S&amp;orte</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="156"/>
        <source>Valable &amp;jusqu&apos;au</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="158"/>
        <source>Déposer un document</source>
        <translation>Deposit a document</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="161"/>
        <source>Vous pouvez déposer sans ouvrir le coffre : le document est chiffré pour la personne, et vous ne pourrez pas le relire.</source>
        <translation>You can deposit without opening the vault: the document is encrypted for the person, and you will not be able to read it back.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="174"/>
        <source>Erreur du coffre</source>
        <translation>Vault error</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="173"/>
        <source>Information sur le coffre</source>
        <translation>Vault information</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="177"/>
        <source>Ouvrir le coffre</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="189"/>
        <source>Ouvrir le coffre ou déposer</source>
        <translation>Open the vault or deposit</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="226"/>
        <source>Aucune caméra détectée : tapez le code imprimé sur la carte.</source>
        <translation>No camera detected: type the code printed on the card.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="230"/>
        <source>&amp;Prendre la photo de la carte</source>
        <translation>&amp;Take the photo of the card</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="244"/>
        <source>Aucune caméra détectée : tapez la clé imprimée sur la feuille.</source>
        <translation>No camera found: type the key printed on the sheet.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="248"/>
        <source>&amp;Prendre la photo de la feuille</source>
        <translation>&amp;Take the photo of the sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="256"/>
        <source>Le QR de la feuille de secours n&apos;a pas été lu : approchez la feuille.</source>
        <translation>The recovery sheet&apos;s QR code was not read: bring the sheet closer.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="291"/>
        <source>Le code de la carte n&apos;a pas été lu : approchez la carte.</source>
        <translation>The card code was not read: bring the card closer.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="332"/>
        <source>Ouverture du coffre…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="351"/>
        <source>La date s&apos;écrit jj/mm/aaaa, par exemple 31/12/2030.</source>
        <translation>Write the date as dd/mm/yyyy, for example 31/12/2030.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="392"/>
        <source>Dépôt en cours…</source>
        <translation>Depositing…</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="398"/>
        <source>Document déposé dans le coffre.</source>
        <translation>Document deposited in the vault.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../screens/login.py" line="22"/>
        <source>Écran de connexion</source>
        <translation>Login screen</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="23"/>
        <location filename="../screens/login.py" line="24"/>
        <source>Connexion de l&apos;agent</source>
        <translation>Agent login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="25"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="25"/>
        <source>votre identifiant</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="27"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="27"/>
        <source>votre mot de passe</source>
        <translation>your password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="29"/>
        <source>Erreur de connexion</source>
        <translation>Login error</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="30"/>
        <location filename="../screens/login.py" line="78"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="30"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="34"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="35"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="37"/>
        <source>Code à usage unique</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="37"/>
        <source>6 chiffres</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="38"/>
        <source>Code à &amp;usage unique</source>
        <translation>One-time &amp;code</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="51"/>
        <source>Constater et continuer (responsable)</source>
        <translation>Acknowledge and continue (manager)</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="52"/>
        <source>Constater le problème du journal et continuer</source>
        <translation>Acknowledge the journal problem and continue</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="80"/>
        <source>Comptes de démonstration : </source>
        <translation>Demonstration accounts: </translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="86"/>
        <source>Ouverture du site…</source>
        <translation>Opening the site…</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="58"/>
        <source>Comptes de démonstration</source>
        <translation>Demonstration accounts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="364"/>
        <source>Session fermée : personne n&apos;a utilisé l&apos;ordinateur.</source>
        <translation>Session closed: nobody used the computer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366"/>
        <source>Session fermée : l&apos;écran a été verrouillé.</source>
        <translation>Session closed: the screen was locked.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>le coffre</source>
        <translation>the vault</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>votre session</source>
        <translation>your session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>Grand texte</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Acc&amp;ueil</source>
        <translation>Ho&amp;me</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source> ; </source>
        <extracomment>The window&apos;s size when not maximised: every screen fits in it (tests/ui/test_fit.py). Screens up to this size get a maximised window.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>Données : ce poste</source>
        <translation>Data: this PC</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Données : serveur du site</source>
        <translation>Data: site server</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>Lieu des données</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Les données de ce site sont dans un fichier chiffré de ce poste.</source>
        <translation>This site&apos;s data is in an encrypted file on this PC.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Les données de ce site sont sur le serveur du site (%1), partagé par les postes.</source>
        <translation>This site&apos;s data is on the site server (%1), shared by the workstations.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>sur cette machine</source>
        <translation>on this machine</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370"/>
        <source>La fin de la session n&apos;a pas pu être inscrite au journal (le serveur du site ne répondait pas) : prévenez le responsable du site.</source>
        <translation>The end of the session could not be written to the journal (the site server was not answering): tell the site&apos;s manager.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>Grand te&amp;xte</source>
        <translation>Large te&amp;xt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Contraste élevé (Ctrl+Maj+C)</source>
        <translation>High contrast (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="432"/>
        <source>Grand texte (Ctrl++ ; Ctrl+- pour revenir)</source>
        <translation>Large text (Ctrl++; Ctrl+- to go back)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="433"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>Se &amp;déconnecter</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="434"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>Site de démonstration : personnes fictives, clés jetables gardées dans un fichier (pas dans le trousseau du système). Ne pas y mettre de vraies données.</source>
        <translation>Demonstration site: fictitious people, throwaway keys kept in a file (not in the system keyring). Do not put real data in it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="441"/>
        <source>Bandeau site de démonstration</source>
        <translation>Demonstration site banner</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Ordinateur public : un coffre est ouvert. Fermez-le avant de partir ; il se fermera seul si personne ne s&apos;en sert.</source>
        <translation>Public computer: a vault is open. Close it before you leave; it closes by itself when nobody uses it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>Bandeau ordinateur public</source>
        <translation>Public computer banner</translation>
    </message>
</context>
<context>
    <name>ManagerAgentsScreen</name>
    <message>
        <location filename="../screens/manager_agents.py" line="31"/>
        <location filename="../screens/manager_agents.py" line="73"/>
        <source>Agents du site</source>
        <translation>Site agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="32"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="32"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="34"/>
        <source>Liste des agents</source>
        <translation>List of agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="36"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="36"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="36"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="36"/>
        <source>Dernière connexion</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="43"/>
        <source>Identifiant du nouvel agent</source>
        <translation>New agent&apos;s login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="43"/>
        <source>ex. : m.durand</source>
        <translation>e.g. m.durand</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="44"/>
        <source>Nom du nouvel agent</source>
        <translation>New agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="44"/>
        <source>Prénom Nom</source>
        <translation>First name Surname</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="46"/>
        <source>Rôle du nouvel agent</source>
        <translation>New agent&apos;s role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="47"/>
        <location filename="../screens/manager_agents.py" line="100"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="48"/>
        <source>Responsable du site</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="49"/>
        <source>Mot de passe du nouvel agent</source>
        <translation>New agent&apos;s password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="50"/>
        <source>Mot de passe du nouvel agent, encore</source>
        <translation>New agent&apos;s password, again</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="52"/>
        <source>Erreur d&apos;ajout d&apos;agent</source>
        <translation>Error adding the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="51"/>
        <source>Résultat de l&apos;ajout</source>
        <translation>Result of adding</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="53"/>
        <source>&amp;Ajouter l&apos;agent</source>
        <translation>&amp;Add the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="53"/>
        <source>Ajouter l&apos;agent</source>
        <translation>Add the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="55"/>
        <source>Imprimer une carte de &amp;code</source>
        <translation>Print a &amp;code card</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="56"/>
        <source>Imprimer une carte de code à usage unique pour l&apos;agent choisi</source>
        <translation>Print a one-time code card for the chosen agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="62"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="63"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="64"/>
        <source>Rô&amp;le</source>
        <translation>Rol&amp;e</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="66"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="67"/>
        <source>Mot de passe (&amp;encore)</source>
        <translation>Password (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="77"/>
        <source>Confirmation de la nouvelle carte</source>
        <translation>Confirmation of the new card</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="80"/>
        <source>Ajouter un agent</source>
        <translation>Add an agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="100"/>
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="107"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="126"/>
        <source>Agent « {login} » ajouté.</source>
        <translation>Agent “{login}” added.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="133"/>
        <source>Choisissez d&apos;abord un agent dans la liste.</source>
        <translation>First choose an agent in the list.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="140"/>
        <source>Imprimer une nouvelle carte de code pour « {login} » ? Sa carte actuelle, s&apos;il en a une, cessera de marcher tout de suite : il devra se connecter avec la nouvelle.</source>
        <translation>Print a new code card for “{login}”? Their current card, if they have one, will stop working at once: they will have to log in with the new one.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="144"/>
        <source>Oui, nouvelle carte</source>
        <translation>Yes, new card</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="158"/>
        <source>Nouvelle carte de code pour « {login} » : {printed}</source>
        <translation>New code card for “{login}”: {printed}</translation>
    </message>
</context>
<context>
    <name>ManagerAuditScreen</name>
    <message>
        <location filename="../screens/manager_audit.py" line="48"/>
        <location filename="../screens/manager_audit.py" line="92"/>
        <source>Journal des actions</source>
        <translation>Journal of actions</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="49"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="49"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="51"/>
        <source>Filtrer par agent</source>
        <translation>Filter by agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="53"/>
        <source>Filtrer par démarche</source>
        <translation>Filter by procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="54"/>
        <source>Toutes les démarches</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="57"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="57"/>
        <location filename="../screens/manager_audit.py" line="58"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="58"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="59"/>
        <source>&amp;Filtrer</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="59"/>
        <source>Appliquer les filtres</source>
        <translation>Apply the filters</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="61"/>
        <source>Entrées du journal</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="64"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="66"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="67"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="68"/>
        <source>Usager</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="69"/>
        <source>Démarche</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="76"/>
        <source>Nombre d&apos;entrées</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="77"/>
        <source>Exporter en &amp;CSV</source>
        <translation>Export as &amp;CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="77"/>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="79"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="79"/>
        <source>Imprimer le journal filtré</source>
        <translation>Print the filtered journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="82"/>
        <source>Erreur du journal</source>
        <translation>Journal error</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="106"/>
        <source>Tous les agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="127"/>
        <location filename="../screens/manager_audit.py" line="161"/>
        <source>Les dates s&apos;écrivent jj/mm/aaaa.</source>
        <translation>Write dates as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="139"/>
        <source>usager effacé</source>
        <translation>person erased</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="144"/>
        <source>{n} entrée(s)</source>
        <translation>{n} entr(y/ies)</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="149"/>
        <source>Aidant (système)</source>
        <translation>Aidant (system)</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="150"/>
        <source>proche</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="151"/>
        <source>usager</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="181"/>
        <source>Exporté dans {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>ManagerIntegrityScreen</name>
    <message>
        <location filename="../screens/manager_integrity.py" line="27"/>
        <location filename="../screens/manager_integrity.py" line="55"/>
        <source>Intégrité du journal</source>
        <translation>Journal integrity</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="28"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="28"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="30"/>
        <source>&amp;Vérifier le journal</source>
        <translation>&amp;Check the journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="30"/>
        <source>Vérifier le journal</source>
        <translation>Check the journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="35"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="39"/>
        <source>Chaque entrée du journal est liée à la précédente et des points de contrôle sont signés : la vérification montre si une entrée a été modifiée, supprimée ou déplacée.</source>
        <translation>Each journal entry is linked to the previous one and checkpoints are signed: the check shows whether an entry was changed, deleted or moved.</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="48"/>
        <source>Empreinte de la clé racine</source>
        <translation>Root key fingerprint</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="49"/>
        <source>sur la feuille de secours du site ou un reçu (facultatif)</source>
        <translation>on the site recovery sheet or a receipt (optional)</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="52"/>
        <source>Empreinte de la clé racine :</source>
        <translation>Root key fingerprint:</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="86"/>
        <source>Le journal est intact : {n} entrées vérifiées, {c} point(s) de contrôle signé(s) confirmé(s).</source>
        <translation>The journal is intact: {n} entries checked, {c} signed checkpoint(s) confirmed.</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="93"/>
        <source> (entrée n° {seq})</source>
        <translation> (entry no. {seq})</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="99"/>
        <source>ATTENTION : le journal a été modifié. {problem}{where}</source>
        <translation>WARNING: the journal has been changed. {problem}{where}</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="109"/>
        <source>Les entrées n° 1 à {n} ont été purgées le {day} au terme de leur durée d&apos;archivage : la vérification part de l&apos;empreinte de la dernière d&apos;entre elles.</source>
        <translation>Entries 1 to {n} were purged on {day} at the end of their archive period: verification starts from the fingerprint of the last of them.</translation>
    </message>
</context>
<context>
    <name>ManagerPolicyScreen</name>
    <message>
        <location filename="../screens/manager_policy.py" line="49"/>
        <location filename="../screens/manager_policy.py" line="128"/>
        <source>Réglages du site</source>
        <translation>Site settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="50"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="50"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="58"/>
        <source>Verrouillage agent après (minutes)</source>
        <translation>Lock the agent session after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="59"/>
        <source>Fermeture du coffre après (minutes)</source>
        <translation>Close the vault after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="60"/>
        <source>Avertir avant (secondes)</source>
        <translation>Warn before (seconds)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="61"/>
        <source>Code à usage unique (TOTP) exigé à la connexion</source>
        <translation>One-time code (TOTP) required at login</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="62"/>
        <source>Code à usage unique exigé</source>
        <translation>One-time code required</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="63"/>
        <source>Conservation des données (années)</source>
        <translation>Data retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="64"/>
        <location filename="../screens/manager_policy.py" line="94"/>
        <source>Agent inactif après (mois)</source>
        <translation>Agent dormant after (months)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="65"/>
        <source>Essais libres d&apos;ouverture de coffre</source>
        <translation>Free vault unlock attempts</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="71"/>
        <source>Adresse du site</source>
        <translation>Site address</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="71"/>
        <source>ex. : 3 place de la Mairie, 36200 Argenton</source>
        <translation>e.g. 3 Town Hall Square, 36200 Argenton</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="73"/>
        <location filename="../screens/manager_policy.py" line="98"/>
        <source>Place par coffre (Mo)</source>
        <translation>Room per vault (MB)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="69"/>
        <location filename="../screens/manager_policy.py" line="74"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="77"/>
        <location filename="../screens/manager_policy.py" line="110"/>
        <source>Dossiers vidés en fin de session</source>
        <translation>Folders emptied at session end</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="79"/>
        <source>Ajouter un dossier à vider</source>
        <translation>Add a folder to empty</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="79"/>
        <source>Ajouter un do&amp;ssier</source>
        <translation>Add a fol&amp;der</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="82"/>
        <source>Re&amp;tirer le dossier</source>
        <translation>Re&amp;move the folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="82"/>
        <source>Retirer le dossier choisi</source>
        <translation>Remove the chosen folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="85"/>
        <source>Erreur des réglages</source>
        <translation>Settings error</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="84"/>
        <source>Résultat de l&apos;enregistrement</source>
        <translation>Result of saving</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="67"/>
        <source>Essais manqués avant la feuille de secours</source>
        <translation>Failed tries before the recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="86"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="86"/>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="89"/>
        <source>Verrouillage agent (min)</source>
        <translation>Agent lock (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="90"/>
        <source>Fermeture du coffre (min)</source>
        <translation>Vault close (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="91"/>
        <source>Avertir avant (s)</source>
        <translation>Warn before (s)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="93"/>
        <source>Conservation (années)</source>
        <translation>Retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="95"/>
        <source>Essais libres (coffre)</source>
        <translation>Free attempts (vault)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="96"/>
        <source>Essais manqués avant secours (coffre)</source>
        <translation>Failed tries before recovery (vault)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="97"/>
        <source>Adresse (sur les formulaires)</source>
        <translation>Address (on the forms)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="106"/>
        <source>Démarches proposées</source>
        <translation>Procedures offered</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="108"/>
        <source>Sessions et sécurité</source>
        <translation>Sessions and security</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="113"/>
        <source>Aidant vide ces dossiers (par exemple Téléchargements) à la fin de chaque session, et jamais rien en dehors.</source>
        <translation>Aidant empties these folders (for example Downloads) at the end of each session, and never anything outside them.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="124"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="198"/>
        <source>Rien n&apos;a changé.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="207"/>
        <source>Réglages enregistrés ({n}).</source>
        <translation>Settings saved ({n}).</translation>
    </message>
</context>
<context>
    <name>ManagerReportScreen</name>
    <message>
        <location filename="../screens/manager_report.py" line="31"/>
        <location filename="../screens/manager_report.py" line="72"/>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="32"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="32"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="33"/>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="33"/>
        <location filename="../screens/manager_report.py" line="34"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="34"/>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="35"/>
        <source>&amp;Calculer</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="35"/>
        <source>Calculer le rapport</source>
        <translation>Compute the report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="38"/>
        <source>Chiffres de la période</source>
        <translation>Figures of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="39"/>
        <location filename="../screens/manager_report.py" line="55"/>
        <source>Actions par démarche</source>
        <translation>Actions by procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="40"/>
        <location filename="../screens/manager_report.py" line="57"/>
        <source>Actions par organisme</source>
        <translation>Actions by organisation</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="41"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="41"/>
        <source>Imprimer le rapport</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="42"/>
        <source>Exporter en CS&amp;V</source>
        <translation>Export as CS&amp;V</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="42"/>
        <source>Exporter le rapport en CSV</source>
        <translation>Export the report as CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="44"/>
        <source>Chiffres &amp;anonymes</source>
        <translation>&amp;Anonymous figures</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="44"/>
        <source>Exporter les chiffres anonymes</source>
        <translation>Export the anonymous figures</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="47"/>
        <source>Erreur du rapport</source>
        <translation>Report error</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="98"/>
        <source>Indiquez le début et la fin de la période.</source>
        <translation>Give the start and the end of the period.</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="46"/>
        <source>Information sur le rapport</source>
        <translation>Report information</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="49"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="49"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="63"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="113"/>
        <source>&lt;b&gt;{helped}&lt;/b&gt; usager(s) aidé(s) (dont {new} nouveau(x)), &lt;b&gt;{actions}&lt;/b&gt; action(s), &lt;b&gt;{created}&lt;/b&gt; mandat(s) créé(s), {active} mandat(s) actif(s), {deposited} document(s) déposé(s), {printed} impression(s).</source>
        <translation>&lt;b&gt;{helped}&lt;/b&gt; person(s) helped ({new} new), &lt;b&gt;{actions}&lt;/b&gt; action(s), &lt;b&gt;{created}&lt;/b&gt; mandate(s) created, {active} active mandate(s), {deposited} document(s) deposited, {printed} print(s).</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="164"/>
        <source>Exporté dans {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../screens/manager.py" line="16"/>
        <location filename="../screens/manager.py" line="39"/>
        <source>Gestion du site</source>
        <translation>Site management</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="17"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="17"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="18"/>
        <source>&amp;Agents du site</source>
        <translation>Site &amp;agents</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="18"/>
        <source>Agents du site</source>
        <translation>Site agents</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="20"/>
        <source>Réglages du site</source>
        <translation>Site settings</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="20"/>
        <source>Ré&amp;glages du site</source>
        <translation>Site settin&amp;gs</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="23"/>
        <source>&amp;Journal des actions</source>
        <translation>&amp;Journal of actions</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="23"/>
        <source>Journal des actions</source>
        <translation>Journal of actions</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="26"/>
        <source>&amp;Vérifier le journal</source>
        <translation>&amp;Check the journal</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="26"/>
        <source>Intégrité du journal</source>
        <translation>Journal integrity</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="29"/>
        <source>Rapport d&apos;ac&amp;tivité</source>
        <translation>Ac&amp;tivity report</translation>
    </message>
    <message>
        <location filename="../screens/manager.py" line="29"/>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
</context>
<context>
    <name>MandateText</name>
    <message>
        <location filename="../core_texts.py" line="214"/>
        <source>Démarche inconnue « {value} » (possibles : {possible}).</source>
        <translation>Unknown area “{value}” (possible areas: {possible}).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="215"/>
        <source>Choisissez au moins une démarche.</source>
        <translation>Choose at least one area.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="216"/>
        <source>Le site ne propose pas la démarche « {demarche} ».</source>
        <translation>This site does not offer the area “{demarche}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="217"/>
        <source>Mandat introuvable.</source>
        <translation>Mandate not found.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="218"/>
        <source>Ce code de vérification est mal formé (10 caractères, ex. 7K3QD-M9XPA).</source>
        <translation>This verification code is not in the right form (10 characters, e.g. 7K3QD-M9XPA).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="219"/>
        <source>Aucun mandat ne porte ce code de vérification.</source>
        <translation>No mandate has this verification code.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="220"/>
        <source>La liste signée des mandats de ce site est absente, illisible ou a été modifiée : un agent la refait en ouvrant le site.</source>
        <translation>This site&apos;s signed list of mandates is missing, unreadable or was changed. An agent remakes it by opening the site.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="221"/>
        <source>Le consentement pour ce mandat a déjà été recueilli ou refusé.</source>
        <translation>Consent for this mandate has already been given or refused.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="222"/>
        <source>Le point {number} de la liste n&apos;a pas été confirmé avec la personne : relisez-le avec elle, puis cochez-le.</source>
        <translation>Point {number} of the list was not confirmed with the person: read it again with them, then tick it.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="223"/>
        <source>Indiquez la raison de la révocation (par exemple « à sa demande »).</source>
        <translation>Give the reason for revoking (for example, “at their request”).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="224"/>
        <source>Ce mandat est déjà refusé par la personne : rien à révoquer.</source>
        <translation>The person has already refused this mandate. There is nothing to revoke.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="225"/>
        <source>Ce mandat est déjà expiré : rien à révoquer.</source>
        <translation>This mandate has already expired. There is nothing to revoke.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="226"/>
        <source>Ce mandat est déjà révoqué : rien à révoquer.</source>
        <translation>This mandate has already been revoked. There is nothing to revoke.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="227"/>
        <source>Ce mandat n&apos;autorise pas (ou plus) la démarche « {demarche} ».</source>
        <translation>This mandate does not (or no longer) cover the area “{demarche}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="228"/>
        <source>Un mandat projet (consentement non recueilli) ne peut pas être renouvelé.</source>
        <translation>A draft mandate (consent not yet given) cannot be renewed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="229"/>
        <source>Un mandat refusé par la personne ne peut pas être renouvelé.</source>
        <translation>A mandate refused by the person cannot be renewed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="230"/>
        <source>Un mandat révoqué ne peut pas être renouvelé.</source>
        <translation>A revoked mandate cannot be renewed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="231"/>
        <source>Seul un projet de mandat (consentement non recueilli) peut être supprimé ; un mandat actif se révoque.</source>
        <translation>Only a draft mandate (consent not collected) can be deleted; an active mandate is revoked.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="232"/>
        <source>Le formulaire signé ne peut être joint qu&apos;après le consentement.</source>
        <translation>The signed form can only be attached after consent has been given.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="233"/>
        <source>Document introuvable dans le coffre.</source>
        <translation>Document not found in the vault.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="234"/>
        <source>Ce document est dans le coffre d&apos;une autre personne.</source>
        <translation>This document is in another person&apos;s vault.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="235"/>
        <source>La personne a refusé ce mandat : il n&apos;y a pas de formulaire à imprimer.</source>
        <translation>The person refused this mandate, so there is no form to print.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="236"/>
        <source>Aucune démarche de ce mandat n&apos;a été révoquée.</source>
        <translation>No area of this mandate has been revoked.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="237"/>
        <source>Décrivez brièvement ce qui a été fait.</source>
        <translation>Briefly describe what was done.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="238"/>
        <source>Aucun mandat actif n&apos;autorise le site à agir pour cette personne en « {demarche} » : l&apos;acte n&apos;est pas enregistré ; ouvrez ou renouvelez un mandat avec son accord.</source>
        <translation>No active mandate allows the site to act for this person in “{demarche}”. The action has not been recorded. Open or renew a mandate with the person&apos;s agreement.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="239"/>
        <source>Aucun mandat actif n&apos;autorise ce proche à agir pour cette personne en « {demarche} » : l&apos;acte n&apos;est pas enregistré ; ouvrez ou renouvelez un mandat avec son accord.</source>
        <translation>No active mandate allows this relative or carer to act for this person in “{demarche}”. The action has not been recorded. Open or renew a mandate with the person&apos;s agreement.</translation>
    </message>
</context>
<context>
    <name>MandateWizardScreen</name>
    <message>
        <location filename="../screens/mandate_wizard.py" line="73"/>
        <location filename="../screens/mandate_wizard.py" line="74"/>
        <source>Nouveau mandat</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="76"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="84"/>
        <source>Erreur du mandat</source>
        <translation>Mandate error</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="83"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="86"/>
        <source>&amp;Précédent</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="86"/>
        <source>Étape précédente</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="87"/>
        <source>&amp;Suivant</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="87"/>
        <source>Étape suivante</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="154"/>
        <source>Le mandat</source>
        <translation>The mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="166"/>
        <source>&amp;Imprimer le mandat à signer</source>
        <translation>&amp;Print the mandate to sign</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="167"/>
        <source>Imprimer le mandat à signer</source>
        <translation>Print the mandate to sign</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="219"/>
        <source>le mandat (à qui, pour quoi, combien de temps)</source>
        <translation>the mandate (to whom, for what, how long)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="221"/>
        <source>le formulaire à signer</source>
        <translation>the form to sign</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="225"/>
        <source>Étape {n} sur 3 : {name}</source>
        <translation>Step {n} of 3: {name}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="300"/>
        <source>Lisez chaque point avec la personne, puis cochez « elle les a compris ».</source>
        <translation>Read each point with the person, then tick “they understood them”.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="316"/>
        <source>La personne est d&apos;accord : le mandat est actif jusqu&apos;au {date}. Imprimez le formulaire, faites-le signer par la personne, puis signez-le. Code de vérification : {code}.</source>
        <translation>The person agrees: the mandate is active until {date}. Print the form, have the person sign it, then sign it. Verification code: {code}.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="357"/>
        <source>Le projet de mandat reste sur le dossier, sans effet : reprenez-le avec la personne, ou supprimez-le.</source>
        <translation>The draft mandate stays on the file, with no effect: resume it with the person, or delete it.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="85"/>
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="85"/>
        <source>Annuler le mandat</source>
        <translation>Cancel the mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="126"/>
        <source>Aujourd&apos;hui seulement</source>
        <translation>Today only</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="144"/>
        <source>Pour quelles démarches la personne donne-t-elle mandat ?</source>
        <translation>For which procedures does the person give a mandate?</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="147"/>
        <source>Pour combien de temps ?</source>
        <translation>For how long?</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="127"/>
        <source>Un mois (31 jours)</source>
        <translation>One month (31 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="128"/>
        <source>Six mois (182 jours)</source>
        <translation>Six months (182 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="129"/>
        <source>Un an (365 jours)</source>
        <translation>One year (365 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="164"/>
        <source>Résumé du mandat</source>
        <translation>Mandate summary</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="170"/>
        <source>&amp;Retour au dossier</source>
        <translation>&amp;Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="170"/>
        <source>Retour au dossier</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="190"/>
        <source>Mandat de {name}</source>
        <translation>Mandate of {name}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="220"/>
        <source>l&apos;accord de la personne</source>
        <translation>the person&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="271"/>
        <source>Choisissez le site ou un proche.</source>
        <translation>Choose the site or a relative.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="275"/>
        <source>Choisissez au moins une démarche.</source>
        <translation>Choose at least one procedure.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="279"/>
        <source>Choisissez une durée.</source>
        <translation>Choose a duration.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="326"/>
        <source>La personne a refusé : le mandat n&apos;autorise rien. Son refus est noté.</source>
        <translation>The person refused: the mandate authorises nothing. Their refusal is recorded.</translation>
    </message>
</context>
<context>
    <name>MandatesSection</name>
    <message>
        <location filename="../screens/usager_mandates.py" line="52"/>
        <source>Mandats de la personne</source>
        <translation>The person&apos;s mandates</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="54"/>
        <source>Nouveau &amp;mandat</source>
        <translation>New &amp;mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="54"/>
        <source>Nouveau mandat</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="56"/>
        <source>Raison de la révocation</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="56"/>
        <source>ex. : à la demande de la personne</source>
        <translation>e.g. at the person&apos;s request</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="58"/>
        <source>Révoquer la sélection</source>
        <translation>Revoke the selection</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="58"/>
        <source>Révo&amp;quer</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="59"/>
        <source>Re&amp;nouveler</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="59"/>
        <source>Renouveler le mandat</source>
        <translation>Renew the mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="61"/>
        <source>Imprimer l&apos;a&amp;ttestation</source>
        <translation>Print the a&amp;ttestation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="62"/>
        <source>Imprimer l&apos;attestation de révocation</source>
        <translation>Print the revocation attestation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="67"/>
        <source>Re&amp;prendre le projet</source>
        <translation>Res&amp;ume the draft</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="67"/>
        <source>Reprendre le projet de mandat</source>
        <translation>Resume the draft mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="70"/>
        <source>Supprimer le pro&amp;jet</source>
        <translation>Delete the dra&amp;ft</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="70"/>
        <source>Supprimer le projet de mandat</source>
        <translation>Delete the draft mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="72"/>
        <source>Confirmation sur le mandat</source>
        <translation>Confirmation about the mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="74"/>
        <source>Erreur sur les mandats</source>
        <translation>Mandates error</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="73"/>
        <source>Information sur les mandats</source>
        <translation>Mandates information</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="84"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="115"/>
        <source> — révoquée le {date}</source>
        <translation> — revoked on {date}</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="145"/>
        <source>au site</source>
        <translation>to the site</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="145"/>
        <source>à un proche</source>
        <translation>to a relative</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="149"/>
        <source>Projet de mandat {holder}, sans accord de la personne : à reprendre ou supprimer</source>
        <translation>Draft mandate {holder}, without the person&apos;s agreement: resume or delete it</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="152"/>
        <source>Mandat {holder}, {status}, jusqu&apos;au {date}</source>
        <translation>Mandate {holder}, {status}, until {date}</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="168"/>
        <source>{mandate}, pour : {demarches}.</source>
        <translation>{mandate}, for: {demarches}.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="172"/>
        <source>Aucun mandat actif.</source>
        <translation>No active mandate.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="189"/>
        <source>Choisissez d&apos;abord un mandat ou une démarche dans la liste.</source>
        <translation>First choose a mandate or a procedure in the list.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="202"/>
        <source>Le site</source>
        <translation>The site</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="204"/>
        <source>Le proche mandataire</source>
        <translation>The relative holding the mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="209"/>
        <source>Révoquer {what} ? {holder} ne pourra plus agir pour : {demarches}, dès maintenant. On ne peut pas revenir en arrière : il faudrait un nouveau mandat, avec l&apos;accord de la personne.</source>
        <translation>Revoke {what}? {holder} will no longer be able to act for: {demarches}, from now on. This cannot be undone: it would take a new mandate, with the person&apos;s agreement.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="213"/>
        <source>cette démarche</source>
        <translation>this procedure</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="213"/>
        <source>tout le mandat</source>
        <translation>the whole mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="217"/>
        <source>Oui, révoquer</source>
        <translation>Yes, revoke</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="235"/>
        <source>Révocation enregistrée : imprimez l&apos;attestation pour la personne.</source>
        <translation>Revocation recorded: print the attestation for the person.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="254"/>
        <source>Supprimer ce projet de mandat ? Il n&apos;autorise rien ; il disparaît du dossier (le journal garde qu&apos;il a existé).</source>
        <translation>Delete this draft mandate? It authorises nothing; it disappears from the file (the journal keeps that it existed).</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="257"/>
        <source>Oui, supprimer le projet</source>
        <translation>Yes, delete the draft</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="268"/>
        <source>Projet de mandat supprimé.</source>
        <translation>Draft mandate deleted.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="275"/>
        <location filename="../screens/usager_mandates.py" line="287"/>
        <source>Choisissez d&apos;abord un mandat dans la liste.</source>
        <translation>First choose a mandate in the list.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location filename="../core_texts.py" line="240"/>
        <source>Le nom et le prénom sont obligatoires.</source>
        <translation>The surname and first name are required.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="241"/>
        <source>La date de naissance est dans le futur.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="242"/>
        <source>Cette personne semble déjà enregistrée ({name}, né(e) le {birth_date}) : vérifiez, ou confirmez qu&apos;il s&apos;agit bien d&apos;une autre personne.</source>
        <translation>This person seems to be registered already ({name}, born on {birth_date}). Check, or confirm that this really is a different person.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="243"/>
        <source>Cette personne semble déjà enregistrée ({name}) : vérifiez, ou confirmez qu&apos;il s&apos;agit bien d&apos;une autre personne.</source>
        <translation>This person seems to be registered already ({name}). Check, or confirm that this really is a different person.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="244"/>
        <source>Usager introuvable.</source>
        <translation>Person not found.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="245"/>
        <source>« {phone} » n&apos;est pas un numéro de téléphone : seulement des chiffres, par exemple 06 12 34 56 78 (ou +44… depuis l&apos;étranger).</source>
        <translation>“{phone}” is not a phone number: digits only, for example 06 12 34 56 78 (or +44… from abroad).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="246"/>
        <source>Le numéro « {phone} » a {count} chiffres : un numéro français en a 10 et commence par 0, par exemple 06 12 34 56 78.</source>
        <translation>The number “{phone}” has {count} digits: a French number has 10 and starts with 0, for example 06 12 34 56 78.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="247"/>
        <source>L&apos;adresse e-mail « {email} » n&apos;a pas d&apos;arobase (@) : par exemple nom@exemple.fr.</source>
        <translation>The e-mail address “{email}” has no at sign (@): for example name@example.fr.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="248"/>
        <source>« {email} » n&apos;est pas une adresse e-mail complète (sans espace, avec un domaine après @) : par exemple nom@exemple.fr.</source>
        <translation>“{email}” is not a complete e-mail address (no space, a domain after @): for example name@example.fr.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="249"/>
        <source>Rien n&apos;a changé : l&apos;identité est déjà celle-ci.</source>
        <translation>Nothing changed: the identity is already this one.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="250"/>
        <source>Les anciennes valeurs de cette identité sont illisibles : le journal ou la clé de la personne a été modifié.</source>
        <translation>The former values of this identity cannot be read: the journal or the person&apos;s key has been altered.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="251"/>
        <source>Le nom et le prénom du proche sont obligatoires.</source>
        <translation>The relative or carer&apos;s surname and first name are required.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="252"/>
        <source>Proche introuvable.</source>
        <translation>Relative or carer not found.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../keypad.py" line="41"/>
        <source>Chiffres tapés</source>
        <extracomment>Emitted (no payload) when the person presses &quot;Valider&quot; or Enter.</extracomment>
        <translation>Digits typed</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="48"/>
        <location filename="../keypad.py" line="52"/>
        <source>Chiffre {d}</source>
        <translation>Digit {d}</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="49"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="49"/>
        <source>Effacer un chiffre</source>
        <translation>Erase a digit</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="50"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="50"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="100"/>
        <source>{n} chiffre(s) tapé(s)</source>
        <translation>{n} digit(s) typed</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../core_texts.py" line="253"/>
        <source>Réglage inconnu « {key} ».</source>
        <translation>Unknown setting “{key}”.</translation>
    </message>
</context>
<context>
    <name>PreviousValues</name>
    <message>
        <location filename="../screens/usager_identity.py" line="135"/>
        <source>Anciennes valeurs</source>
        <translation>Former values</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="142"/>
        <source>nom de famille</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="143"/>
        <source>prénoms</source>
        <translation>first names</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="144"/>
        <source>date de naissance</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="145"/>
        <source>lieu de naissance</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="146"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="147"/>
        <source>adresse e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="154"/>
        <source>{date} : {fields} (anciennes valeurs non conservées)</source>
        <translation>{date}: {fields} (former values not kept)</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="161"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="163"/>
        <source>{field} « {value} »</source>
        <translation>{field} “{value}”</translation>
    </message>
    <message>
        <location filename="../screens/usager_identity.py" line="165"/>
        <source>{date} : {values}</source>
        <translation>{date}: {values}</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <location filename="../core_texts.py" line="254"/>
        <source>Cette imprimante enregistre un fichier sur l&apos;ordinateur : choisissez une vraie imprimante.</source>
        <translation>This printer saves a file on the computer. Choose a real printer.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="255"/>
        <source>Le document à imprimer est illisible.</source>
        <translation>The document to print cannot be read.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="256"/>
        <source>L&apos;imprimante ne répond pas : vérifiez qu&apos;elle est allumée.</source>
        <translation>The printer is not responding. Check that it is switched on.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../readaloud.py" line="70"/>
        <source>Aucune voix de lecture n&apos;est installée sur cet ordinateur : demandez à la personne qui vous aide de lire le texte.</source>
        <extracomment>Force one engine (tests use &quot;mock&quot;); otherwise every real engine is tried in order. Some engines (Windows SAPI) read a text that starts with `&lt;` as speech markup: a name typed as `&lt;volume level=&quot;0&quot;/&gt;` must be read, not obeyed.</extracomment>
        <translation>No reading voice is installed on this computer: ask the person helping you to read the text.</translation>
    </message>
    <message>
        <location filename="../readaloud.py" line="85"/>
        <source>La lecture à voix haute ne fonctionne pas sur cet ordinateur (le moteur de voix ne répond pas) : demandez à la personne qui vous aide.</source>
        <translation>Reading aloud does not work on this computer (the voice engine does not answer): ask the person helping you.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../widgets.py" line="198"/>
        <source>Lire à voix haute : {what}</source>
        <extracomment>The colours of an error line (tests/ui/test_display.py checks their contrast).</extracomment>
        <translation>Read aloud: {what}</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="200"/>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="202"/>
        <source>Lire à &amp;voix haute</source>
        <translation>Read al&amp;oud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="205"/>
        <source>Message de lecture à voix haute</source>
        <translation>Read-aloud message</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../core_texts.py" line="257"/>
        <source>La fin de la période est avant son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="258"/>
        <source>Date illisible « {text} » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA.</source>
        <translation>Unreadable date “{text}”. Write it as YYYY-MM-DD or DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="259"/>
        <source>« {name} » n&apos;est pas un export anonyme d&apos;Aidant (aidant stats --anonymous).</source>
        <translation>“{name}” is not an anonymous Aidant export (aidant stats --anonymous).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="260"/>
        <source>« {name} » est d&apos;une autre version du format : fusion impossible.</source>
        <translation>“{name}” uses another version of the format, so it cannot be merged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="261"/>
        <source>Donnez au moins deux fichiers à fusionner.</source>
        <translation>Give at least two files to merge.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="262"/>
        <source>« {name} » couvre la période du {first} au {last}, pas celle de « {reference} » (du {reference_first} au {reference_last}) : fusion impossible.</source>
        <translation>“{name}” covers the period from {first} to {last}, not the same one as “{reference}” (from {reference_first} to {reference_last}), so they cannot be merged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="263"/>
        <source>« {name} » contient un site déjà compté dans un autre fichier.</source>
        <translation>“{name}” contains a site already counted in another file.</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <location filename="../core_texts.py" line="264"/>
        <source>Aucune page à enregistrer.</source>
        <translation>There are no pages to save.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="265"/>
        <source>Aucun scanner n&apos;est branché ou allumé.</source>
        <translation>No scanner is plugged in or switched on.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="266"/>
        <source>Une page n&apos;est pas une image lisible : refaites-la.</source>
        <translation>One page is not a readable image. Scan it again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="267"/>
        <source>Aucun scanner n&apos;est utilisable : le programme « scanimage » (paquet sane-utils) n&apos;est pas installé.</source>
        <translation>No scanner can be used: the “scanimage” program (sane-utils package) is not installed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="268"/>
        <source>Le scanner ne répond pas : vérifiez qu&apos;il est allumé.</source>
        <translation>The scanner is not responding. Check that it is switched on.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="269"/>
        <source>La numérisation a échoué : vérifiez le scanner (allumé, capot fermé, feuille posée) puis recommencez.</source>
        <translation>Scanning failed. Check the scanner (switched on, lid closed, sheet in place), then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="270"/>
        <source>Le scanner n&apos;a pas renvoyé d&apos;image : recommencez.</source>
        <translation>The scanner did not send back an image. Try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="271"/>
        <source>Les scanners Windows demandent le module pywin32, absent de cette installation.</source>
        <translation>Windows scanners need the pywin32 module, which is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="272"/>
        <source>Le service de numérisation de Windows (WIA) ne répond pas.</source>
        <translation>The Windows scanning service (WIA) is not responding.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="273"/>
        <source>Ce scanner n&apos;est plus branché ou allumé.</source>
        <translation>This scanner is no longer plugged in or switched on.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../core_texts.py" line="274"/>
        <source>Le plan d&apos;effacement n&apos;a pas pu s&apos;exécuter.</source>
        <translation>The clean-up plan could not be run.</translation>
    </message>
</context>
<context>
    <name>SetupText</name>
    <message>
        <location filename="../core_texts.py" line="275"/>
        <source>Le nom du site ne peut pas être vide.</source>
        <translation>The site name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="276"/>
        <source>Un site est déjà installé dans « {root} ».</source>
        <translation>A site is already set up in “{root}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="277"/>
        <source>« {path} » existe déjà.</source>
        <translation>“{path}” already exists.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="278"/>
        <source>« {path} » n&apos;est pas la sauvegarde d&apos;un site sur serveur (il y manque « {file} ») : la sauvegarde d&apos;un site sur ce poste se restaure en copiant son dossier à la place du dossier des données.</source>
        <translation>“{path}” is not the backup of a site on a server (“{file}” is missing from it): the backup of a site kept on this PC is restored by copying its folder in place of the data folder.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="279"/>
        <source>Un autre site est installé dans « {root} » : restaurez depuis un dossier de données vide ou celui du même site (rien n&apos;a été modifié).</source>
        <translation>Another site is installed in “{root}”: restore from an empty data folder or the one of the same site (nothing was changed).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="280"/>
        <source>Les clés du site sont absentes du trousseau.</source>
        <translation>The site keys are missing from the keyring.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="281"/>
        <source>Un site sur serveur n&apos;a pas de clé de base à imprimer : ses données s&apos;ouvrent avec la connexion de chaque agent. Gardez ses sauvegardes (aidant backup --server-owner) ; l&apos;empreinte de la clé racine s&apos;imprime sur le reçu du journal (aidant journal checkpoint --pdf).</source>
        <translation>A site on a server has no database key to print: its data opens with each agent&apos;s own login. Keep its backups (aidant backup --server-owner); the root key&apos;s fingerprint is printed on the journal receipt (aidant journal checkpoint --pdf).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="282"/>
        <source>Sur un site sur serveur, la feuille de secours ne rétablit rien : un responsable donne un nouveau mot de passe (aidant agent reset). Gardez au moins deux responsables : sans aucun, plus personne ne peut nommer d&apos;agent.</source>
        <translation>On a site on a server, the recovery sheet restores nothing: a manager gives a new password (aidant agent reset). Keep at least two managers: without any, nobody can appoint an agent any more.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="283"/>
        <source>« {login} » n&apos;est pas un responsable actif de ce site.</source>
        <translation>“{login}” is not an active manager of this site.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="284"/>
        <source>Le PDF produit est invalide.</source>
        <translation>The PDF produced is not valid.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="285"/>
        <source>Cette vérification s&apos;est arrêtée sur une erreur interne (voir le journal technique).</source>
        <translation>This check stopped on an internal error (see the technical log).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="286"/>
        <source>La base de données est endommagée ({where}) : restaurez la dernière sauvegarde (copiez son dossier à la place du dossier des données, puis aidant key restore si ce poste n&apos;a pas les clés, puis aidant self-test).</source>
        <translation>The database is damaged ({where}): restore the latest backup (copy its folder in place of the data folder, then aidant key restore if this computer does not have the keys, then aidant self-test).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="287"/>
        <source>{count} fichier(s) de coffre manquent ou sont endommagés ({files}) : restaurez-les depuis la dernière sauvegarde (dossier vaults), puis relancez aidant self-test.</source>
        <translation>{count} vault file(s) are missing or damaged ({files}): restore them from the latest backup (vaults folder), then run aidant self-test again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="288"/>
        <source>Cette clé n&apos;ouvre pas la base de données de ce site : vérifiez que la feuille de secours est bien celle de ce site et retapez la clé (rien n&apos;a été enregistré).</source>
        <translation>This key does not open this site&apos;s database: check that the recovery sheet is this site&apos;s and type the key again (nothing was saved).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="289"/>
        <source>Cette clé de signature n&apos;est pas celle du journal de ce site : retapez la seconde clé de la feuille de secours (rien n&apos;a été enregistré).</source>
        <translation>This signing key is not the one of this site&apos;s journal: type the second key of the recovery sheet again (nothing was saved).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="290"/>
        <source>L&apos;adresse du serveur contient un mot de passe : site.json n&apos;est pas un coffre, donnez l&apos;adresse sans mot de passe (chaque agent se connecte avec le sien).</source>
        <translation>The server address holds a password: site.json is not a secret store, give the address without a password (each agent connects with their own).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="291"/>
        <source>Le certificat présenté par le serveur ({seen}) n&apos;a pas l&apos;empreinte attendue : rien n&apos;a été enregistré, vérifiez l&apos;adresse et l&apos;empreinte auprès de l&apos;administrateur.</source>
        <translation>The certificate the server presents ({seen}) does not have the expected fingerprint: nothing was saved, check the address and the fingerprint with the administrator.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="292"/>
        <source>Empreinte non confirmée : rien n&apos;a été enregistré sur ce poste.</source>
        <translation>Fingerprint not confirmed: nothing was saved on this computer.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="293"/>
        <source>Un site est déjà installé dans la base « {root} » : pour en ajouter un autre à côté (communauté de communes), utilisez aidant server add-site.</source>
        <translation>A site is already set up in the database “{root}”: to add another one beside it (a group of municipalities), use aidant server add-site.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="294"/>
        <source>La base « {root} » ne contient encore aucun site : installez le premier avec aidant server init.</source>
        <translation>The database “{root}” holds no site yet: set up the first one with aidant server init.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="295"/>
        <source>Ce poste n&apos;utilise pas de serveur de site : ses données sont ici.</source>
        <translation>This computer does not use a site server: its data is here.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="296"/>
        <source>La sauvegarde d&apos;un site sur serveur se fait avec la connexion de l&apos;administrateur du serveur : ajoutez --server-owner postgresql://propriétaire@hôte:port/base (rien n&apos;a été écrit).</source>
        <translation>A server site is backed up with the server administrator&apos;s login: add --server-owner postgresql://owner@host:port/database (nothing was written).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="297"/>
        <source>Le serveur a refusé la connexion de maintenance : vérifiez son mot de passe (celui qu&apos;« aidant server init » a affiché) ; rien n&apos;a été effacé.</source>
        <translation>The server refused the maintenance login: check its password (the one « aidant server init » showed); nothing was erased.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="298"/>
        <source>Ce site est déjà sur un serveur : il n&apos;y a rien à y importer.</source>
        <translation>This site is already on a server: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="299"/>
        <source>Le journal de ce site ne se vérifie pas : rien n&apos;a été importé, faites d&apos;abord vérifier le journal (aidant journal verify).</source>
        <translation>This site&apos;s journal does not verify: nothing was imported; have the journal checked first (aidant journal verify).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="300"/>
        <source>Les clés du responsable n&apos;ont pas été trouvées à l&apos;ouverture du site : rien n&apos;a été importé, reconnectez-vous avec votre mot de passe.</source>
        <translation>The manager&apos;s keys were not found when the site opened: nothing was imported; log in again with your password.</translation>
    </message>
</context>
<context>
    <name>SiteText</name>
    <message>
        <location filename="../core_texts.py" line="301"/>
        <source>Aucun site n&apos;est installé dans « {root} » : lancez d&apos;abord « aidant init --site-name NOM ».</source>
        <translation>No site is set up in “{root}”. First run “aidant init --site-name NAME”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="303"/>
        <source>La clé de la base de données est absente du trousseau de ce poste : restaurez-la avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>The database key is missing from this computer&apos;s keyring. Restore it with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="302"/>
        <source>Le fichier « {path} » est illisible ou endommagé : restaurez-le depuis la dernière sauvegarde du site.</source>
        <translation>The file “{path}” is unreadable or damaged: restore it from the site&apos;s latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="304"/>
        <source>La base de données « {path} » est introuvable : restaurez la dernière sauvegarde du site.</source>
        <translation>The database “{path}” cannot be found: restore the site&apos;s latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="305"/>
        <source>Le secret de ce poste est absent du trousseau : restaurez l&apos;accès au site avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>This computer&apos;s secret is missing from the keyring. Restore access to the site with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="306"/>
        <source>Le fichier d&apos;accès du site est introuvable : restaurez l&apos;accès au site avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>The site&apos;s access file cannot be found. Restore access to the site with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="307"/>
        <source>Le fichier d&apos;accès du site est endommagé ou a été modifié hors d&apos;Aidant : restaurez l&apos;accès au site avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>The site&apos;s access file is damaged or was changed outside Aidant. Restore access to the site with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="308"/>
        <source>Ce site ne s&apos;ouvre qu&apos;avec l&apos;identifiant et le mot de passe d&apos;un agent.</source>
        <translation>This site opens only with an agent&apos;s login and password.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="309"/>
        <source>Le journal de ce site compte {found} entrées alors que ce poste en a vu {expected} : une copie plus ancienne de la base a été remise ou sa fin a été effacée, et un responsable doit le constater avant toute autre action.</source>
        <translation>This site&apos;s journal has {found} entries while this computer saw {expected}: an older copy of the database was put back or its end was deleted, and a manager must acknowledge it before anything else.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="310"/>
        <source>L&apos;entrée n° {seq} du journal n&apos;est plus celle que ce poste a vue : une autre copie de la base a été remise, et un responsable doit le constater avant toute autre action.</source>
        <translation>Journal entry no. {seq} is no longer the one this computer saw: another copy of the database was put back, and a manager must acknowledge it before anything else.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="311"/>
        <source>La trace du journal gardée par ce poste a été modifiée hors d&apos;Aidant : un responsable doit le constater avant toute autre action.</source>
        <translation>The journal trace kept by this computer was changed outside Aidant: a manager must acknowledge it before anything else.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="312"/>
        <source>Seul un responsable du site peut constater ce problème du journal.</source>
        <translation>Only a site manager can acknowledge this journal problem.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="313"/>
        <source>Cette base a été créée par une version plus récente d&apos;Aidant : mettez à jour.</source>
        <translation>This database was created by a newer version of Aidant. Please update Aidant.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="314"/>
        <source>La base de ce site ne contient pas sa description : elle est abîmée.</source>
        <translation>This site&apos;s database does not contain its description. The database is damaged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="315"/>
        <source>Le réglage « {key} » attend oui ou non.</source>
        <translation>The setting “{key}” must be yes or no.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="316"/>
        <source>Le réglage « {key} » attend un nombre entier positif.</source>
        <translation>The setting “{key}” must be a positive whole number.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="317"/>
        <source>Le réglage « {key} » attend une liste.</source>
        <translation>The setting “{key}” must be a list.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="318"/>
        <source>Le réglage « {key} » attend un texte.</source>
        <translation>The setting “{key}” expects a text.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="319"/>
        <source>Démarche inconnue : {demarches}.</source>
        <translation>Unknown area: {demarches}.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="320"/>
        <source>Aucun modèle « {form} » en langue « {lang} ».</source>
        <translation>There is no “{form}” template in the language “{lang}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="321"/>
        <source>Les clés de cet agent gardées sur le serveur du site sont illisibles : un responsable doit lui donner un nouveau mot de passe.</source>
        <translation>This agent&apos;s keys kept on the site server cannot be read: a manager must give them a new password.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="322"/>
        <source>La base du serveur du site n&apos;est pas à jour pour cette version d&apos;Aidant : l&apos;administrateur du serveur doit lancer « aidant server upgrade ADRESSE » avec cette version.</source>
        <translation>The site server&apos;s database is not up to date for this version of Aidant: the server administrator must run “aidant server upgrade ADDRESS” with this version.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../core_texts.py" line="323"/>
        <source>projet (consentement non recueilli)</source>
        <translation>draft (consent not yet given)</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="324"/>
        <source>refusé par la personne</source>
        <translation>refused by the person</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="325"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="326"/>
        <source>expiré</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="327"/>
        <source>révoqué</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../core_texts.py" line="328"/>
        <source>Aucun trousseau de clés du système n&apos;est disponible : ouvrez une session de bureau (trousseau Windows, macOS ou Secret Service sous Linux) puis recommencez.</source>
        <translation>No system keyring is available. Log in to a desktop session (Windows or macOS keyring, or Secret Service on Linux), then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="329"/>
        <source>La clé enregistrée dans le trousseau est illisible : remettez-la avec « aidant key restore » et la feuille de secours du site.</source>
        <translation>The key stored in the keyring is unreadable: put it back with “aidant key restore” and the site&apos;s recovery sheet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="330"/>
        <source>Le fichier de clés du site de démonstration est illisible : supprimez le dossier de la démonstration, elle sera recréée.</source>
        <translation>The demonstration site&apos;s key file is unreadable: delete the demonstration&apos;s folder, it will be made again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="331"/>
        <source>La clé de la base de données doit faire {bits} bits.</source>
        <translation>The database key must be {bits} bits long.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="332"/>
        <source>La base de données du site ne s&apos;ouvre pas avec cette clé (ou son en-tête est endommagé) : restaurez la clé depuis la feuille de secours ; si elle échoue aussi, restaurez la dernière sauvegarde.</source>
        <translation>The site&apos;s database does not open with this key (or its header is damaged): restore the key from the recovery sheet; if that fails too, restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="333"/>
        <source>La base de données du site ne correspond pas à cette version d&apos;Aidant : restaurez une sauvegarde faite par cette version (ou, pour la démonstration, supprimez son dossier).</source>
        <translation>The site database does not match this version of Aidant. Restore a backup made by this version (or, for the demo, delete its folder).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="334"/>
        <source>L&apos;adresse du serveur du site n&apos;est pas une adresse PostgreSQL (postgresql://…) : « {url} ».</source>
        <translation>The site server address is not a PostgreSQL address (postgresql://…): “{url}”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="335"/>
        <source>Le serveur du site ne répond pas : vérifiez le réseau et que le serveur est allumé, puis réessayez.</source>
        <translation>The site server does not answer: check the network and that the server is on, then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="336"/>
        <source>L&apos;adresse du serveur du site demande une connexion non chiffrée (sslmode={mode}) : Aidant exige TLS, sauf par une socket Unix sur le serveur même.</source>
        <translation>The site server address asks for an unencrypted connection (sslmode={mode}): Aidant requires TLS, except through a Unix socket on the server itself.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="337"/>
        <source>Ce poste n&apos;a pas encore enregistré le certificat du serveur du site : lancez « aidant server enrol ADRESSE ».</source>
        <translation>This computer has not saved the site server&apos;s certificate yet: run “aidant server enrol ADDRESS”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="338"/>
        <source>Le serveur du site présente un autre certificat que celui enregistré à l&apos;inscription de ce poste : connexion refusée, prévenez l&apos;administrateur du serveur.</source>
        <translation>The site server presents a different certificate from the one saved when this computer was enrolled: connection refused, tell the server administrator.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="339"/>
        <source>Cette adresse passe par une socket Unix du serveur même : il n&apos;y a pas de certificat à enregistrer, donnez l&apos;adresse réseau du serveur (postgresql://hôte:port/base).</source>
        <translation>This address goes through a Unix socket on the server itself: there is no certificate to save, give the server&apos;s network address (postgresql://host:port/database).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="340"/>
        <source>Le serveur du site n&apos;accepte pas TLS : activez ssl dans sa configuration (docs/site-server.md) puis recommencez.</source>
        <translation>The site server does not accept TLS: turn ssl on in its configuration (docs/site-server.md) and try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="341"/>
        <source>Le serveur du site a refusé cet identifiant ou ce mot de passe.</source>
        <translation>The site server refused this login or password.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="342"/>
        <source>Le programme {program} de PostgreSQL est introuvable sur ce poste : installez les outils clients de PostgreSQL (paquet postgresql-client, de la version du serveur ou plus récente), puis réessayez.</source>
        <translation>PostgreSQL&apos;s {program} program cannot be found on this PC: install the PostgreSQL client tools (package postgresql-client, of the server&apos;s version or newer), then try again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="343"/>
        <source>La sauvegarde ou la restauration du serveur du site a échoué (le détail est dans le journal technique) : rien n&apos;a été modifié ; réessayez, ou appelez l&apos;administrateur du serveur.</source>
        <translation>Backing up or restoring the site server failed (the details are in the technical log): nothing was changed; try again, or call the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="344"/>
        <source>Le fichier de sauvegarde « {path} » est endommagé ou incomplet : rien n&apos;a été restauré ; prenez une autre sauvegarde.</source>
        <translation>The backup file “{path}” is damaged or incomplete: nothing was restored; use another backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="345"/>
        <source>La base « {database} » du serveur n&apos;est pas vide : une sauvegarde se restaure dans une base neuve et vide (rien n&apos;a été modifié).</source>
        <translation>The server database “{database}” is not empty: a backup is restored into a new, empty database (nothing was changed).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="346"/>
        <source>Cette copie ne concerne que la base intégrée à ce poste : un site sur serveur se sauvegarde sur le serveur.</source>
        <translation>This copy only covers the database built into this PC: a site on a server is backed up on the server.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <location filename="../core_texts.py" line="347"/>
        <source>Le site est encore en cours d&apos;ouverture : patientez un instant.</source>
        <translation>The site is still opening. Please wait a moment.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="348"/>
        <source>Vous n&apos;êtes plus connecté : reconnectez-vous.</source>
        <translation>You are no longer logged in. Please log in again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="349"/>
        <source>Erreur inattendue : {error}.</source>
        <translation>Unexpected error: {error}.</translation>
    </message>
</context>
<context>
    <name>UsagerFileScreen</name>
    <message>
        <location filename="../screens/usager_file.py" line="27"/>
        <location filename="../screens/usager_file.py" line="28"/>
        <source>Dossier de l&apos;usager</source>
        <translation>Person&apos;s file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="29"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="29"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="30"/>
        <source>Le &amp;coffre</source>
        <translation>The &amp;vault</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="30"/>
        <source>Ouvrir le coffre</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="31"/>
        <source>le dossier</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="33"/>
        <source>Nom et prénoms</source>
        <translation>Name and first names</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="34"/>
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="35"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="36"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="37"/>
        <source>Nom et prénoms :</source>
        <translation>Name and first names:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="38"/>
        <source>Naissance :</source>
        <translation>Birth:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="39"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="40"/>
        <source>Adresse e-mail :</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="42"/>
        <source>Anciennes valeurs :</source>
        <translation>Former values:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="51"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="53"/>
        <source>Corri&amp;ger l&apos;identité</source>
        <translation>&amp;Correct the identity</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="53"/>
        <source>Corriger l&apos;identité</source>
        <translation>Correct the identity</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="81"/>
        <source>Effacer les données de cette personne</source>
        <extracomment>The vault section is added below these two.</extracomment>
        <translation>Erase this person&apos;s data</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="82"/>
        <source>E&amp;ffacer les données de cette personne</source>
        <translation>E&amp;rase this person&apos;s data</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="85"/>
        <source>Confirmation de l&apos;effacement</source>
        <translation>Confirm erasure</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="86"/>
        <source>&amp;Oui, effacer</source>
        <translation>&amp;Yes, erase</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="86"/>
        <source>Oui, effacer les données</source>
        <translation>Yes, erase the data</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="87"/>
        <source>Non, &amp;garder</source>
        <translation>No, &amp;keep</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="87"/>
        <source>Non, garder les données</source>
        <translation>No, keep the data</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="95"/>
        <source>Erreur d&apos;effacement</source>
        <translation>Erasure error</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="124"/>
        <location filename="../screens/usager_file.py" line="128"/>
        <source>non indiquée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="127"/>
        <source>non indiqué</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="147"/>
        <source>Effacer pour toujours les données de {name} ? Son identité (nom, prénoms, naissance, téléphone, adresse e-mail) et le texte des actions notées sont effacés ; les documents de son coffre deviennent illisibles (ses clés sont détruites). Le journal reste, avec les seuls identifiants, sans nom.</source>
        <translation>Erase {name}&apos;s data for good? Their identity (names, birth date, phone, e-mail address) and the text of the recorded actions are erased; the documents in their vault become unreadable (their keys are destroyed). The journal stays, with identifiers only, and no name.</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="178"/>
        <source>Dossier de {name}.</source>
        <translation>File of {name}.</translation>
    </message>
</context>
<context>
    <name>UsagerNewScreen</name>
    <message>
        <location filename="../screens/usager_new.py" line="22"/>
        <location filename="../screens/usager_new.py" line="57"/>
        <source>Enregistrer un usager</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="23"/>
        <source>Nom de famille</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="24"/>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="25"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="25"/>
        <source>jj/mm/aaaa (facultatif)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="26"/>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="26"/>
        <location filename="../screens/usager_new.py" line="27"/>
        <location filename="../screens/usager_new.py" line="28"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="27"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="28"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="29"/>
        <source>Erreur d&apos;enregistrement</source>
        <translation>Registration error</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="30"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="30"/>
        <source>Enregistrer l&apos;usager</source>
        <translation>Register the person</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="31"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="31"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="35"/>
        <source>Personnes déjà enregistrées qui se ressemblent</source>
        <translation>Similar people already registered</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="38"/>
        <source>&amp;Ouvrir ce dossier</source>
        <translation>&amp;Open this file</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="38"/>
        <source>Ouvrir le dossier déjà enregistré</source>
        <translation>Open the file already registered</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="41"/>
        <source>C&apos;est une autre personne : enregistrer &amp;quand même</source>
        <translation>It is another person: register an&amp;yway</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="48"/>
        <source>Date de nai&amp;ssance</source>
        <translation>Date of bi&amp;rth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="42"/>
        <source>C&apos;est une autre personne : enregistrer</source>
        <translation>It is another person: register</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="46"/>
        <source>&amp;Nom de famille</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="47"/>
        <source>&amp;Prénoms</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="49"/>
        <source>&amp;Lieu de naissance</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="50"/>
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../screens/usager_new.py" line="51"/>
        <source>Adresse e-&amp;mail</source>
        <translation>E-&amp;mail address</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <location filename="../screens/vault.py" line="46"/>
        <source>Coffre de l&apos;usager</source>
        <translation>Person&apos;s vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="47"/>
        <source>Coffre</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="49"/>
        <source>&amp;Retour au dossier</source>
        <translation>&amp;Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="49"/>
        <source>Retour au dossier</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="51"/>
        <source>le coffre</source>
        <translation>the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="86"/>
        <source>Coffre de {name}</source>
        <translation>Vault of {name}</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="143"/>
        <source>Votre coffre est ouvert. Choisissez un document pour le voir ou l&apos;imprimer. Fermez le coffre avant de partir.</source>
        <translation>Your vault is open. Choose a document to view or print it. Close the vault before you leave.</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="149"/>
        <source>Pour ouvrir votre coffre, tapez le code de votre carte, puis votre code personnel.</source>
        <translation>To open your vault, type the code on your card, then your personal code.</translation>
    </message>
</context>
<context>
    <name>VaultText</name>
    <message>
        <location filename="../core_texts.py" line="350"/>
        <source>Cet usager n&apos;a pas encore de coffre.</source>
        <translation>This person does not have a vault yet.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="351"/>
        <source>Le coffre de cet usager a été détruit.</source>
        <translation>This person&apos;s vault has been destroyed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="352"/>
        <source>Cet usager a déjà un coffre.</source>
        <translation>This person already has a vault.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="353"/>
        <source>Ce coffre n&apos;existe pas ou a déjà été détruit.</source>
        <translation>This vault does not exist or has already been destroyed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="354"/>
        <source>Le coffre a été verrouillé : ouvrez-le de nouveau.</source>
        <translation>The vault has been locked. Open it again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="355"/>
        <source>La clé de ce coffre a été remplacée dans la base de données : le coffre n&apos;est ni ouvert ni rempli ; prévenez le responsable du site.</source>
        <translation>This vault&apos;s key was replaced in the database: the vault is neither opened nor filled; tell the site manager.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="356"/>
        <source>Le journal ne dit pas quelle clé a été donnée à ce coffre : aucun document n&apos;y est déposé avant que la personne l&apos;ait ouvert une fois ; prévenez le responsable du site.</source>
        <translation>The journal does not say which key this vault was given: no document is deposited in it until the person has opened it once; tell the site manager.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="357"/>
        <source>Le code personnel doit comporter de {min_digits} à {max_digits} chiffres.</source>
        <translation>The PIN must have {min_digits} to {max_digits} digits.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="358"/>
        <source>Le code personnel ne peut pas répéter le même chiffre partout.</source>
        <translation>The PIN cannot use the same digit all the way through.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="359"/>
        <source>Ce code personnel est l&apos;un des plus utilisés, essayé en premier par qui veut deviner : choisissez-en un autre.</source>
        <translation>This PIN is one of the most used, tried first by anyone guessing: choose another one.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="360"/>
        <source>Ce code personnel répète un même motif : il se devine vite.</source>
        <translation>This PIN repeats a pattern: it is quickly guessed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="361"/>
        <source>Ce code personnel avance d&apos;un même pas de chiffre en chiffre (comme 1234 ou 2468) : il se devine vite.</source>
        <translation>This PIN moves by the same step from digit to digit (like 1234 or 2468): it is quickly guessed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="362"/>
        <source>Ce code personnel ressemble à une année : il se devine vite.</source>
        <translation>This PIN looks like a year: it is quickly guessed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="363"/>
        <source>Ce code personnel reprend la date de naissance de la personne, que d&apos;autres connaissent.</source>
        <translation>This PIN uses the person&apos;s date of birth, which others know.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="364"/>
        <source>Ce code personnel épelle le nom de la personne sur un clavier de téléphone : il se devine.</source>
        <translation>This PIN spells the person&apos;s name on a phone keypad: it can be guessed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="365"/>
        <source>La phrase secrète est faite du nom ou de la date de naissance de la personne, que d&apos;autres connaissent : ajoutez-y des mots que personne ne devinerait.</source>
        <translation>The passphrase is made of the person&apos;s name or date of birth, which others know: add words nobody would guess.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="366"/>
        <source>Pour changer le code personnel, ouvrez le coffre avec la carte ; sinon, faites une nouvelle carte.</source>
        <translation>To change the PIN, open the vault with the card. Otherwise, make a new card.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="367"/>
        <source>Le coffre doit garder au moins un moyen d&apos;ouverture (carte ou phrase secrète).</source>
        <translation>The vault must keep at least one way to open it (card or passphrase).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="368"/>
        <source>Une clé d&apos;accès de ce coffre ne correspond pas à son type.</source>
        <translation>One of this vault&apos;s access keys does not match its type.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="369"/>
        <source>Code incorrect.</source>
        <translation>Wrong code.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="370"/>
        <source>Code incorrect : il reste 1 essai avant une attente.</source>
        <translation>Wrong code. 1 try left before you have to wait.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="371"/>
        <source>Code incorrect : il reste {tries} essais avant une attente.</source>
        <translation>Wrong code. {tries} tries left before you have to wait.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="372"/>
        <source>Trop d&apos;essais incorrects : attendez 1 seconde avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait 1 second before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="373"/>
        <source>Trop d&apos;essais incorrects : attendez {seconds} secondes avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="374"/>
        <source>Trop d&apos;essais incorrects : attendez 1 minute avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait 1 minute before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="375"/>
        <source>Trop d&apos;essais incorrects : attendez {minutes} minutes avant de réessayer.</source>
        <translation>Too many wrong attempts. Wait {minutes} minutes before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="376"/>
        <source>Code incorrect, et trop d&apos;essais : attendez 1 seconde avant de réessayer.</source>
        <translation>Wrong code, and too many attempts. Wait 1 second before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="377"/>
        <source>Code incorrect, et trop d&apos;essais : attendez {seconds} secondes avant de réessayer.</source>
        <translation>Wrong code, and too many attempts. Wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="378"/>
        <source>Code incorrect, et trop d&apos;essais : attendez 1 minute avant de réessayer.</source>
        <translation>Wrong code, and too many attempts. Wait 1 minute before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="379"/>
        <source>Code incorrect, et trop d&apos;essais : attendez {minutes} minutes avant de réessayer.</source>
        <translation>Wrong code, and too many attempts. Wait {minutes} minutes before trying again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="380"/>
        <source>Trop d&apos;essais manqués pour ce coffre : il ne s&apos;ouvre plus qu&apos;avec la feuille de secours, ou après une remise à zéro par le responsable du site, devant la personne.</source>
        <translation>Too many failed attempts for this vault: it now opens only with the recovery sheet, or after the site manager resets it in front of the person.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="381"/>
        <source>« {path} » est un dossier, pas un document à déposer.</source>
        <translation>“{path}” is a folder, not a document to store.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="382"/>
        <source>« {path} » n&apos;est pas un fichier que l&apos;on peut déposer.</source>
        <translation>“{path}” is not a file that can be stored.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="383"/>
        <source>Le coffre a été recréé pendant le dépôt : recommencez le dépôt du document.</source>
        <translation>The vault was created again while the document was being stored. Store the document again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="384"/>
        <source>Catégorie inconnue « {given} » : choisissez parmi {choices}.</source>
        <translation>Unknown category “{given}”. Choose from {choices}.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="385"/>
        <source>Le titre du document est vide.</source>
        <translation>The document title is empty.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="386"/>
        <source>Le titre du document dépasse {max_length} caractères.</source>
        <translation>The document title is longer than {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="387"/>
        <source>Le titre du document contient un caractère invisible ou de contrôle : retapez-le.</source>
        <translation>The document title contains an invisible or control character: type it again.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="388"/>
        <source>La vignette d&apos;un document doit être une image PNG ou JPEG de {max_kib} Ko au plus.</source>
        <translation>A document&apos;s thumbnail must be a PNG or JPEG image of at most {max_kib} KB.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="389"/>
        <source>Ce document ({size} Mo) ne tient plus dans le coffre : {used} Mo sont déjà utilisés sur les {quota} Mo permis ; supprimez des documents ou demandez au responsable du site.</source>
        <translation>This document ({size} MB) no longer fits in the vault: {used} MB are already used of the {quota} MB allowed; delete documents or ask the site manager.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="390"/>
        <source>Le nombre de pages ne peut pas être négatif.</source>
        <translation>The number of pages cannot be negative.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="391"/>
        <source>Ce document n&apos;existe pas dans ce coffre.</source>
        <translation>This document does not exist in this vault.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="392"/>
        <source>La description d&apos;un document ne correspond pas à son fichier : elle a été déplacée ou modifiée.</source>
        <translation>A document&apos;s description does not match its file. It has been moved or changed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="393"/>
        <source>Le fichier chiffré de ce document est introuvable (supprimé ou déplacé) : restaurez-le depuis la dernière sauvegarde (dossier vaults).</source>
        <translation>This document&apos;s encrypted file cannot be found (deleted or moved): restore it from the latest backup (vaults folder).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="394"/>
        <source>Le fichier chiffré de ce document est vide : restaurez-le depuis la dernière sauvegarde (dossier vaults).</source>
        <translation>This document&apos;s encrypted file is empty: restore it from the latest backup (vaults folder).</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="395"/>
        <source>Le contenu chiffré de ce document manque sur le serveur du site : restaurez la dernière sauvegarde du serveur.</source>
        <translation>The encrypted content of this document is missing on the site server: restore the server&apos;s latest backup.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="396"/>
        <source>Le serveur du site ne répond plus : rien n&apos;a été enregistré à moitié ; vérifiez dans le coffre si le document y est, sinon déposez-le de nouveau quand le serveur répond.</source>
        <translation>The site server no longer answers: nothing was left half-saved; check in the vault whether the document is there, otherwise deposit it again once the server answers.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="397"/>
        <source>Le fichier chiffré de ce document a été échangé avec celui d&apos;un autre document : il ne correspond pas à celui qui a été déposé.</source>
        <translation>This document&apos;s encrypted file has been swapped with another document&apos;s file. It does not match the one that was stored.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="398"/>
        <source>Le dossier « {path} » n&apos;existe pas : choisissez un dossier existant.</source>
        <translation>The folder “{path}” does not exist: choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="399"/>
        <source>La copie serait enregistrée hors du dossier choisi : elle n&apos;a pas été enregistrée.</source>
        <translation>The copy would be saved outside the chosen folder: it was not saved.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="400"/>
        <source>On ne peut pas enregistrer un document en clair dans le dossier d&apos;Aidant.</source>
        <translation>An unencrypted document cannot be saved in Aidant&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="401"/>
        <source>Une erreur de chiffrement est survenue.</source>
        <translation>An encryption error occurred.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="402"/>
        <source>Le coffre est verrouillé : ce secret a déjà été effacé de la mémoire.</source>
        <translation>The vault is locked. This secret has already been erased from memory.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="403"/>
        <source>La clé d&apos;accès enregistrée pour ce coffre est illisible ou endommagée.</source>
        <translation>The access key saved for this vault cannot be read or is damaged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="404"/>
        <source>La clé d&apos;accès de ce coffre a été créée par une version plus récente de l&apos;application.</source>
        <translation>This vault&apos;s access key was created by a newer version of the app.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="405"/>
        <source>Le code ou la phrase secrète ne permet pas d&apos;ouvrir ce coffre.</source>
        <translation>The code or passphrase does not open this vault.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="406"/>
        <source>La clé publique du coffre est invalide.</source>
        <translation>The vault&apos;s public key is not valid.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="407"/>
        <source>Une valeur chiffrée est illisible : sa clé a changé ou elle a été modifiée.</source>
        <translation>An encrypted value cannot be read: its key has changed or it has been altered.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="408"/>
        <source>Le code de la carte du coffre est mal saisi.</source>
        <translation>The vault card code was not typed correctly.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="409"/>
        <source>Le code de la carte doit comporter {expected} caractères (sans compter les tirets) ; {given} ont été saisis.</source>
        <translation>The card code must have {expected} characters (not counting the hyphens). {given} were typed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="410"/>
        <source>Le caractère « {character} » n&apos;existe pas dans les codes de carte ; vérifiez la saisie.</source>
        <translation>The character “{character}” is not used in card codes. Check what was typed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="411"/>
        <source>Le code de la carte contient une faute de frappe ; vérifiez-le caractère par caractère.</source>
        <translation>The card code contains a typing mistake. Check it character by character.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="412"/>
        <source>La clé de secours est mal saisie.</source>
        <translation>The recovery key was not typed correctly.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="413"/>
        <source>La clé de secours doit commencer par « AGE-SECRET-KEY-1 ».</source>
        <translation>The recovery key must start with “AGE-SECRET-KEY-1”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="414"/>
        <source>La clé de secours doit comporter {expected} caractères ; {given} ont été saisis.</source>
        <translation>The recovery key must have {expected} characters. {given} were typed.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="415"/>
        <source>Le caractère « {character} » ne peut pas figurer dans une clé de secours.</source>
        <translation>The character “{character}” cannot appear in a recovery key.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="416"/>
        <source>La clé de secours contient une faute de frappe ; vérifiez-la caractère par caractère.</source>
        <translation>The recovery key contains a typing mistake. Check it character by character.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="417"/>
        <source>La phrase secrète est trop facile à deviner.</source>
        <translation>The passphrase is too easy to guess.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="418"/>
        <source>La phrase secrète est trop courte : {min_length} caractères au moins.</source>
        <translation>The passphrase is too short. It needs at least {min_length} characters.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="419"/>
        <source>La phrase secrète répète trop de fois le même caractère à la suite.</source>
        <translation>The passphrase repeats the same character too many times in a row.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="420"/>
        <source>La phrase secrète utilise trop peu de caractères différents.</source>
        <translation>The passphrase uses too few different characters.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="421"/>
        <source>La phrase secrète est trop courante : choisissez des mots moins attendus.</source>
        <translation>The passphrase is too common. Choose less predictable words.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="422"/>
        <source>La phrase secrète contient une suite prévisible, comme « 1234 » ou « azerty ».</source>
        <translation>The passphrase contains a predictable sequence, such as “1234” or “qwerty”.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="423"/>
        <source>La phrase secrète doit contenir plusieurs mots, ou mélanger lettres, chiffres et symboles.</source>
        <translation>The passphrase must contain several words, or mix letters, numbers and symbols.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="424"/>
        <source>Le document chiffré ne peut pas être ouvert.</source>
        <translation>The encrypted document cannot be opened.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="425"/>
        <source>Le document n&apos;a pas pu être chiffré.</source>
        <translation>The document could not be encrypted.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="426"/>
        <source>Ce fichier n&apos;est pas un document chiffré du coffre.</source>
        <translation>This file is not an encrypted vault document.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="427"/>
        <source>Le fichier du document est vide.</source>
        <translation>The document file is empty.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="428"/>
        <source>Le fichier du document est incomplet : il a été tronqué.</source>
        <translation>The document file is incomplete. It has been cut short.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="429"/>
        <source>Le fichier du document est incomplet : sa dernière partie manque.</source>
        <translation>The document file is incomplete. Its last part is missing.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="430"/>
        <source>L&apos;en-tête du document chiffré a été modifié ou endommagé.</source>
        <translation>The header of the encrypted document has been changed or damaged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="431"/>
        <source>Le contenu du document chiffré a été modifié ou endommagé.</source>
        <translation>The content of the encrypted document has been changed or damaged.</translation>
    </message>
    <message>
        <location filename="../core_texts.py" line="432"/>
        <source>Ce document n&apos;a pas été chiffré pour ce coffre.</source>
        <translation>This document was not encrypted for this vault.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../screens/manager_policy.py" line="39"/>
        <source>Dossier à vider</source>
        <extracomment>Asks for a folder; returns its absolute path, or None when cancelled (tests inject one).</extracomment>
        <translation>Folder to empty</translation>
    </message>
    <message>
        <location filename="../printing.py" line="42"/>
        <source>Choisir l&apos;imprimante</source>
        <extracomment>Returns a printer chosen by the person (None when cancelled). Tests inject their own.</extracomment>
        <translation>Choose the printer</translation>
    </message>
    <message>
        <location filename="../shell.py" line="54"/>
        <source>Document à déposer</source>
        <extracomment>The usager&apos;s open vault (at most one) and its session: screens ask `vault.current`. A site that opens only with an agent&apos;s password: the login opens it, the logout closes it (None: `site` stays open between sessions). Chooses a printer for a widget (ui.printing.PrinterChooser); None: the system dialog. Asks for a file to deposit / a folder to export to (tests inject their own). The scanner interface (aidant.scanning.ScanBackend); None: the platform&apos;s default. Whether the last `print_pdf` reached a printer (a screen may hold a secret until then).</extracomment>
        <translation>Document to deposit</translation>
    </message>
    <message>
        <location filename="../shell.py" line="56"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../shell.py" line="65"/>
        <source>Dossier où enregistrer</source>
        <translation>Folder to save in</translation>
    </message>
    <message>
        <location filename="../shell.py" line="81"/>
        <source>Impression annulée.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../shell.py" line="86"/>
        <source>Document envoyé à l&apos;imprimante ({n} page(s)).</source>
        <translation>Document sent to the printer ({n} page(s)).</translation>
    </message>
</context>
</TS>
