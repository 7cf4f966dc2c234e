<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionNewScreen</name>
    <message>
        <location filename="../screens/action_new.py" line="34"/>
        <location filename="../screens/action_new.py" line="35"/>
        <source>Enregistrer une action</source>
        <translation>Record an action</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="46"/>
        <source>Ce qui a été fait</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="46"/>
        <source>ex. : déclaration trimestrielle CAF</source>
        <translation>e.g. quarterly CAF declaration</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="48"/>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="48"/>
        <source>ex. : CAF (facultatif)</source>
        <translation>e.g. CAF (optional)</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="49"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="50"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="50"/>
        <source>Enregistrer l&apos;action</source>
        <translation>Record the action</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="51"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="51"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="53"/>
        <source>&amp;Ce qui a été fait</source>
        <translation>&amp;What was done</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="54"/>
        <source>&amp;Organisme</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="61"/>
        <source>Quelle démarche ?</source>
        <translation>Which procedure?</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="76"/>
        <source>Action pour {name}</source>
        <translation>Action for {name}</translation>
    </message>
    <message>
        <location filename="../screens/action_new.py" line="95"/>
        <source>Choisissez la démarche concernée.</source>
        <translation>Choose the procedure concerned.</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <location filename="../screens/usager_actions.py" line="22"/>
        <source>Actions faites pour la personne</source>
        <translation>Actions done for the person</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="26"/>
        <source>Enregistrer une action</source>
        <translation>Record an action</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="26"/>
        <source>Enregistrer une act&amp;ion</source>
        <translation>Record an act&amp;ion</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="30"/>
        <source>Actions faites</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="40"/>
        <source>{when} — {demarche} : {what}</source>
        <translation>{when} — {demarche}: {what}</translation>
    </message>
    <message>
        <location filename="../screens/usager_actions.py" line="49"/>
        <source>Aucune action enregistrée pour l&apos;instant.</source>
        <translation>No action recorded yet.</translation>
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
        <location filename="../screens/vault_capture.py" line="28"/>
        <source>&amp;Numériser une page</source>
        <extracomment>Emitted with (the PDF bytes of the pages captured, their number) to deposit them.</extracomment>
        <translation>Sca&amp;n a page</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="28"/>
        <source>Numériser une page</source>
        <translation>Scan a page</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="29"/>
        <source>&amp;Photo (caméra)</source>
        <translation>&amp;Photo (camera)</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="29"/>
        <source>Prendre une photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="31"/>
        <source>Déposer les pages en un seul PDF</source>
        <translation>Deposit the pages as one PDF</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="31"/>
        <source>Déposer les pa&amp;ges (un PDF)</source>
        <translation>Deposit the pa&amp;ges (one PDF)</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="33"/>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="33"/>
        <source>Oublier les pages prises</source>
        <translation>Forget the pages taken</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="39"/>
        <source>Pages prises</source>
        <translation>Pages taken</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="79"/>
        <source>Les scanners ne sont pas pris en charge sur ce système.</source>
        <translation>Scanners are not supported on this system.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="90"/>
        <source>Numérisation en cours…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="98"/>
        <source>Aucune caméra détectée sur cet ordinateur.</source>
        <translation>No camera detected on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="101"/>
        <source>&amp;Prendre la photo</source>
        <translation>&amp;Take the photo</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="102"/>
        <source>Placez la feuille devant la caméra, puis « Prendre la photo ».</source>
        <translation>Hold the sheet in front of the camera, then “Take the photo”.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="108"/>
        <source>{n} page(s) prête(s).</source>
        <translation>{n} page(s) ready.</translation>
    </message>
    <message>
        <location filename="../screens/vault_capture.py" line="118"/>
        <source>{n} page(s) assemblée(s) en un seul PDF.</source>
        <translation>{n} page(s) put together in one PDF.</translation>
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
    <name>CreatePanel</name>
    <message>
        <location filename="../screens/vault_create.py" line="32"/>
        <source>Consigne</source>
        <extracomment>Emitted (no payload) once the vault exists and its papers are printed or skipped.</extracomment>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="33"/>
        <source>Clavier du code personnel</source>
        <translation>Personal code keypad</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="35"/>
        <source>Phrase secrète (facultatif)</source>
        <translation>Passphrase (optional)</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="36"/>
        <source>Phrase secrète, encore</source>
        <translation>Passphrase, again</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="37"/>
        <source>Erreur de création du coffre</source>
        <translation>Vault creation error</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="40"/>
        <source>Information sur le coffre</source>
        <translation>Vault information</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="42"/>
        <source>Imprimer la &amp;carte</source>
        <translation>Print the &amp;card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="42"/>
        <source>Imprimer la carte du coffre</source>
        <translation>Print the vault card</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="45"/>
        <source>Imprimer la feuille de &amp;secours</source>
        <translation>Print the &amp;recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="46"/>
        <source>Imprimer la feuille de secours du coffre</source>
        <translation>Print the vault recovery sheet</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="49"/>
        <source>&amp;Terminé</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="49"/>
        <source>Terminer la création du coffre</source>
        <translation>Finish creating the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="51"/>
        <source>&amp;Phrase secrète</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="52"/>
        <source>Phrase secrète (&amp;encore)</source>
        <translation>Passphrase (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="59"/>
        <source>Créer le coffre</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="86"/>
        <source>La personne choisit un code de 4 à 12 chiffres et le tape sur le clavier, puis appuie sur Valider. Ne le notez nulle part.</source>
        <translation>The person chooses a code of 4 to 12 digits, types it on the keypad, then presses Confirm. Do not write it down anywhere.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="95"/>
        <source>Tapez le même code une deuxième fois, puis Valider.</source>
        <translation>Type the same code a second time, then Confirm.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="102"/>
        <source>Les deux codes ne sont pas les mêmes : recommencez.</source>
        <translation>The two codes are not the same: start again.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="106"/>
        <source>Les deux phrases secrètes ne sont pas les mêmes.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="126"/>
        <source>Création du coffre…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="136"/>
        <source>Le coffre est créé. Imprimez la carte du coffre (à garder par la personne) et la feuille de secours (à ranger en lieu sûr).</source>
        <translation>The vault is created. Print the vault card (for the person to keep) and the recovery sheet (to store somewhere safe).</translation>
    </message>
    <message>
        <location filename="../screens/vault_create.py" line="140"/>
        <source>Code de la carte : {code}</source>
        <translation>Card code: {code}</translation>
    </message>
</context>
<context>
    <name>Demarches</name>
    <message>
        <location filename="../demarche_texts.py" line="9"/>
        <source>Papiers - Citoyenneté - Élections</source>
        <translation>Papers - Citizenship - Elections</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="10"/>
        <source>Carte d&apos;identité, passeport, permis, liste électorale.</source>
        <translation>Identity card, passport, driving licence, electoral roll.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="11"/>
        <source>Famille - Scolarité</source>
        <translation>Family - Schooling</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="12"/>
        <source>Naissance, mariage, école, cantine, allocations familiales.</source>
        <translation>Birth, marriage, school, canteen, family allowances.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="13"/>
        <source>Social - Santé</source>
        <translation>Social - Health</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="14"/>
        <source>Sécurité sociale, mutuelle, RSA, handicap, retraite.</source>
        <translation>Social security, health insurance, RSA benefit, disability, pension.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="15"/>
        <source>Travail - Formation</source>
        <translation>Work - Training</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="16"/>
        <source>France Travail, recherche d&apos;emploi, formation.</source>
        <translation>France Travail, job search, training.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="17"/>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="18"/>
        <source>Aide au logement, logement social, énergie.</source>
        <translation>Housing benefit, social housing, energy.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="19"/>
        <source>Transports - Mobilité</source>
        <translation>Transport - Mobility</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="20"/>
        <source>Carte grise, transports en commun, amendes.</source>
        <translation>Vehicle registration, public transport, fines.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="21"/>
        <source>Argent - Impôts - Consommation</source>
        <translation>Money - Taxes - Consumer</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="22"/>
        <source>Impôts, banque, factures, litiges de consommation.</source>
        <translation>Taxes, bank, bills, consumer disputes.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="23"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="24"/>
        <source>Casier judiciaire, aide juridictionnelle, plainte.</source>
        <translation>Criminal record, legal aid, complaint.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="25"/>
        <source>Étranger - Europe</source>
        <translation>Foreigners - Europe</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="26"/>
        <source>Titre de séjour, naturalisation, démarches européennes.</source>
        <translation>Residence permit, naturalisation, European procedures.</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="27"/>
        <source>Loisirs - Sport - Culture</source>
        <translation>Leisure - Sport - Culture</translation>
    </message>
    <message>
        <location filename="../demarche_texts.py" line="28"/>
        <source>Inscriptions, licences sportives, bibliothèque.</source>
        <translation>Registrations, sports licences, library.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../screens/vault_documents.py" line="43"/>
        <source>Documents du coffre</source>
        <extracomment>Emitted (no payload) when the usager closes their vault.</extracomment>
        <translation>Documents in the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="52"/>
        <source>Papiers qui expirent bientôt</source>
        <translation>Papers expiring soon</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="54"/>
        <source>Document affiché</source>
        <translation>Document shown</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="60"/>
        <source>Image affichée</source>
        <translation>Image shown</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="66"/>
        <source>&amp;Voir</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="66"/>
        <source>Voir le document</source>
        <translation>View the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="67"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="67"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="69"/>
        <source>&amp;Enregistrer une copie</source>
        <translation>&amp;Save a copy</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="69"/>
        <source>Enregistrer une copie du document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="71"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="71"/>
        <source>Supprimer le document</source>
        <translation>Delete the document</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="73"/>
        <source>&amp;Fermer le coffre</source>
        <translation>&amp;Close the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="73"/>
        <source>Fermer le coffre</source>
        <translation>Close the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="77"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="78"/>
        <source>&amp;Oui</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="78"/>
        <source>Oui, confirmer</source>
        <translation>Yes, confirm</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="79"/>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="79"/>
        <source>Non, annuler</source>
        <translation>No, cancel</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="86"/>
        <source>Erreur du coffre ouvert</source>
        <translation>Open vault error</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="89"/>
        <source>Information sur les documents</source>
        <translation>Documents information</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="152"/>
        <source>Papiers qui expirent bientôt : </source>
        <translation>Papers expiring soon: </translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="191"/>
        <source>Affiché : {title} (déposé le {date}).</source>
        <translation>Shown: {title} (deposited on {date}).</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="214"/>
        <source>Seuls les documents PDF s&apos;impriment pour l&apos;instant.</source>
        <translation>Only PDF documents can be printed for now.</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="228"/>
        <source>Une copie NON protégée sera enregistrée dans « {folder} ». Toute personne qui utilise cet ordinateur pourra la lire. Confirmer ?</source>
        <translation>An UNPROTECTED copy will be saved in “{folder}”. Anyone using this computer will be able to read it. Confirm?</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="236"/>
        <source>Supprimer ce document du coffre pour toujours ?</source>
        <translation>Delete this document from the vault for ever?</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="260"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../screens/vault_documents.py" line="264"/>
        <source>Document supprimé.</source>
        <translation>Document deleted.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app.py" line="40"/>
        <source>Une erreur inattendue s&apos;est produite. Votre travail enregistré n&apos;est pas perdu ; si cela se reproduit, prévenez le responsable du site.</source>
        <extracomment>Language of the interface at start (&quot;fr&quot; by default; &quot;en&quot; uses ui/i18n/aidant_en.qm).</extracomment>
        <translation>An unexpected error occurred. Your saved work is not lost; if it happens again, tell the site manager.</translation>
    </message>
</context>
<context>
    <name>HolderStep</name>
    <message>
        <location filename="../screens/holder_step.py" line="27"/>
        <source>Mandat au site</source>
        <translation>Mandate to the site</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="27"/>
        <source>Le si&amp;te (les agents d&apos;ici)</source>
        <translation>The si&amp;te (the agents here)</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="30"/>
        <source>Un &amp;proche (famille, ami)</source>
        <translation>A &amp;relative (family, friend)</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="30"/>
        <source>Mandat à un proche</source>
        <translation>Mandate to a relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="37"/>
        <source>Rechercher un proche</source>
        <translation>Search for a relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="37"/>
        <source>Nom du proche</source>
        <translation>Relative&apos;s name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="39"/>
        <source>Proches trouvés</source>
        <translation>Relatives found</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="41"/>
        <source>Nom du nouveau proche</source>
        <translation>New relative&apos;s surname</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="42"/>
        <source>Prénom du nouveau proche</source>
        <translation>New relative&apos;s first name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="43"/>
        <source>Lien avec la personne</source>
        <translation>Relationship to the person</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="43"/>
        <source>ex. : fille</source>
        <translation>e.g. daughter</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="45"/>
        <source>Enregistrer ce proche</source>
        <translation>Register this relative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="45"/>
        <source>Enregistrer ce p&amp;roche</source>
        <translation>Register this re&amp;lative</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="47"/>
        <source>Erreur du proche</source>
        <translation>Relative error</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="49"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="50"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="51"/>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="55"/>
        <source>Pas dans la liste ? Enregistrez-le :</source>
        <translation>Not in the list? Register them:</translation>
    </message>
    <message>
        <location filename="../screens/holder_step.py" line="63"/>
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
        <location filename="../screens/home.py" line="29"/>
        <source>Agent connecté</source>
        <translation>Logged-in agent</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="31"/>
        <source>&amp;Nouvel usager</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="31"/>
        <source>Enregistrer un nouvel usager</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="33"/>
        <source>&amp;Gestion du site</source>
        <translation>&amp;Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="33"/>
        <source>Gestion du site</source>
        <translation>Site management</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="35"/>
        <source>Rechercher un usager</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="36"/>
        <source>Nom ou prénom (les accents sont facultatifs)</source>
        <translation>Surname or first name (accents are optional)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="39"/>
        <source>Usagers trouvés</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="42"/>
        <source>Nombre d&apos;usagers trouvés</source>
        <translation>Number of people found</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="44"/>
        <location filename="../screens/home.py" line="65"/>
        <source>Mandats qui finissent bientôt</source>
        <translation>Mandates ending soon</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="47"/>
        <location filename="../screens/home.py" line="67"/>
        <source>Dernières personnes aidées</source>
        <translation>People helped lately</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57"/>
        <source>&amp;Rechercher un usager</source>
        <translation>Sea&amp;rch for a person</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="83"/>
        <source>Bonjour {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="95"/>
        <source> — né(e) le {date}</source>
        <translation> — born on {date}</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="102"/>
        <source>{n} usager(s)</source>
        <translation>{n} person(s)</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="111"/>
        <source>{name} : mandat jusqu&apos;au {date}</source>
        <translation>{name}: mandate until {date}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../idle_overlay.py" line="28"/>
        <location filename="../idle_overlay.py" line="44"/>
        <source>Avertissement d&apos;inactivité</source>
        <extracomment>What dismisses the warning (a moving mouse alone does not hide it, but counts as activity).</extracomment>
        <translation>Inactivity warning</translation>
    </message>
    <message>
        <location filename="../idle_overlay.py" line="47"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment : {what} se fermera dans {n} secondes. Appuyez sur une touche ou bougez la souris pour continuer.</source>
        <translation>Nobody has touched the computer for a while: {what} will close in {n} seconds. Press a key or move the mouse to continue.</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../screens/vault_locked.py" line="47"/>
        <source>Code de la carte du coffre</source>
        <extracomment>Emitted with the aidant.vault.OpenVault once the usager has opened their vault.</extracomment>
        <translation>Vault card code</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="48"/>
        <source>Clavier du code personnel</source>
        <translation>Personal code keypad</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="50"/>
        <source>Phrase secrète du coffre</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="52"/>
        <source>&amp;Ouvrir avec la phrase</source>
        <translation>&amp;Open with the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="52"/>
        <source>Ouvrir avec la phrase secrète</source>
        <translation>Open with the passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="56"/>
        <source>1. Tapez le code imprimé sur la carte du coffre :</source>
        <translation>1. Type the code printed on the vault card:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="59"/>
        <location filename="../screens/vault_locked.py" line="170"/>
        <source>Lire la carte avec la &amp;caméra</source>
        <translation>Read the card with the &amp;camera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="59"/>
        <source>Lire la carte avec la caméra</source>
        <translation>Read the card with the camera</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="67"/>
        <source>2. La personne tape son code, puis Valider :</source>
        <translation>2. The person types their code, then Confirm:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="71"/>
        <source>La personne tape sa phrase secrète :</source>
        <translation>The person types their passphrase:</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="76"/>
        <source>Façon d&apos;ouvrir le coffre</source>
        <translation>Way to open the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="77"/>
        <source>Carte et code</source>
        <translation>Card and code</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="78"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="80"/>
        <source>Titre du document</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="80"/>
        <source>ex. : avis d&apos;imposition 2025</source>
        <translation>e.g. 2025 tax notice</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="82"/>
        <source>Sorte de papier</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="86"/>
        <source>Date de fin de validité</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="86"/>
        <source>jj/mm/aaaa (facultatif)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="88"/>
        <source>Choisir un &amp;fichier et déposer</source>
        <translation>Choose a &amp;file and deposit</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="88"/>
        <source>Déposer un fichier</source>
        <translation>Deposit a file</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="91"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="92"/>
        <source>S&amp;orte</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="93"/>
        <source>Valable &amp;jusqu&apos;au</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="95"/>
        <source>Déposer un document</source>
        <translation>Deposit a document</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="98"/>
        <source>Vous pouvez déposer sans ouvrir le coffre : le document est chiffré pour la personne, et vous ne pourrez pas le relire.</source>
        <translation>You can deposit without opening the vault: the document is encrypted for the person, and you will not be able to read it back.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="110"/>
        <source>Erreur du coffre</source>
        <translation>Vault error</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="113"/>
        <source>Information sur le coffre</source>
        <translation>Vault information</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="116"/>
        <source>Ouvrir le coffre</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="154"/>
        <source>Aucune caméra détectée : tapez le code imprimé sur la carte.</source>
        <translation>No camera detected: type the code printed on the card.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="157"/>
        <source>&amp;Prendre la photo de la carte</source>
        <translation>&amp;Take the photo of the card</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="166"/>
        <source>Le code de la carte n&apos;a pas été lu : approchez la carte.</source>
        <translation>The card code was not read: bring the card closer.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="207"/>
        <source>Ouverture du coffre…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="227"/>
        <source>La date s&apos;écrit jj/mm/aaaa, par exemple 31/12/2030.</source>
        <translation>Write the date as dd/mm/yyyy, for example 31/12/2030.</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="266"/>
        <source>Dépôt en cours…</source>
        <translation>Depositing…</translation>
    </message>
    <message>
        <location filename="../screens/vault_locked.py" line="273"/>
        <source>Document déposé dans le coffre.</source>
        <translation>Document deposited in the vault.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../screens/login.py" line="21"/>
        <source>Écran de connexion</source>
        <extracomment>Emitted with the authenticated agent (aidant.domain.actors.Actor) after a successful login.</extracomment>
        <translation>Login screen</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="22"/>
        <location filename="../screens/login.py" line="23"/>
        <source>Connexion de l&apos;agent</source>
        <translation>Agent login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="24"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="24"/>
        <source>votre identifiant</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="26"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="26"/>
        <source>votre mot de passe</source>
        <translation>your password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="28"/>
        <source>Erreur de connexion</source>
        <translation>Login error</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="29"/>
        <location filename="../screens/login.py" line="69"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="29"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="33"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="34"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="36"/>
        <source>Code à usage unique</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="36"/>
        <source>6 chiffres</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="37"/>
        <source>Code à &amp;usage unique</source>
        <translation>One-time &amp;code</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="71"/>
        <source>Comptes de démonstration : </source>
        <translation>Demonstration accounts: </translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="77"/>
        <source>Ouverture du site…</source>
        <translation>Opening the site…</translation>
    </message>
    <message>
        <location filename="../screens/login.py" line="49"/>
        <source>Comptes de démonstration</source>
        <translation>Demonstration accounts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>Session fermée : personne n&apos;a utilisé l&apos;ordinateur.</source>
        <extracomment>Emitted with the one-sentence error when the site could not be opened.</extracomment>
        <translation>Session closed: nobody used the computer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Session fermée : l&apos;écran a été verrouillé.</source>
        <translation>Session closed: the screen was locked.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>le coffre</source>
        <translation>the vault</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>votre session</source>
        <translation>your session</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Grand texte</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>Acc&amp;ueil</source>
        <translation>Ho&amp;me</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Grand te&amp;xte</source>
        <translation>Large te&amp;xt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Contraste élevé (Ctrl+Maj+C)</source>
        <translation>High contrast (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Grand texte (Ctrl++ ; Ctrl+- pour revenir)</source>
        <translation>Large text (Ctrl++; Ctrl+- to go back)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Se &amp;déconnecter</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>Site de démonstration : personnes fictives, clés jetables gardées dans un fichier (pas dans le trousseau du système). Ne pas y mettre de vraies données.</source>
        <translation>Demonstration site: fictitious people, throwaway keys kept in a file (not in the system keyring). Do not put real data in it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>Bandeau site de démonstration</source>
        <translation>Demonstration site banner</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="325"/>
        <source>Ordinateur public : un coffre est ouvert. Fermez-le avant de partir ; il se fermera seul si personne ne s&apos;en sert.</source>
        <translation>Public computer: a vault is open. Close it before you leave; it closes by itself when nobody uses it.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>Bandeau ordinateur public</source>
        <translation>Public computer banner</translation>
    </message>
</context>
<context>
    <name>ManagerAgentsScreen</name>
    <message>
        <location filename="../screens/manager_agents.py" line="30"/>
        <location filename="../screens/manager_agents.py" line="68"/>
        <source>Agents du site</source>
        <translation>Site agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="31"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="31"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="33"/>
        <source>Liste des agents</source>
        <translation>List of agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="35"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="35"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="35"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="35"/>
        <source>Dernière connexion</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="42"/>
        <source>Identifiant du nouvel agent</source>
        <translation>New agent&apos;s login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="42"/>
        <source>ex. : m.durand</source>
        <translation>e.g. m.durand</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="43"/>
        <source>Nom du nouvel agent</source>
        <translation>New agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="43"/>
        <source>Prénom Nom</source>
        <translation>First name Surname</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="45"/>
        <source>Rôle du nouvel agent</source>
        <translation>New agent&apos;s role</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="46"/>
        <location filename="../screens/manager_agents.py" line="93"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="47"/>
        <source>Responsable du site</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="48"/>
        <source>Mot de passe du nouvel agent</source>
        <translation>New agent&apos;s password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="49"/>
        <source>Mot de passe du nouvel agent, encore</source>
        <translation>New agent&apos;s password, again</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="50"/>
        <source>Erreur d&apos;ajout d&apos;agent</source>
        <translation>Error adding the agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="52"/>
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
        <location filename="../screens/manager_agents.py" line="61"/>
        <source>&amp;Identifiant</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="62"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="63"/>
        <source>Rô&amp;le</source>
        <translation>Rol&amp;e</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="64"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="65"/>
        <source>Mot de passe (&amp;encore)</source>
        <translation>Password (&amp;again)</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="73"/>
        <source>Ajouter un agent</source>
        <translation>Add an agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="93"/>
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="100"/>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="120"/>
        <source>Agent « {login} » ajouté.</source>
        <translation>Agent “{login}” added.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="129"/>
        <source>Choisissez d&apos;abord un agent dans la liste.</source>
        <translation>First choose an agent in the list.</translation>
    </message>
    <message>
        <location filename="../screens/manager_agents.py" line="139"/>
        <source>Nouvelle carte de code pour « {login} » : {printed}</source>
        <translation>New code card for “{login}”: {printed}</translation>
    </message>
</context>
<context>
    <name>ManagerAuditScreen</name>
    <message>
        <location filename="../screens/manager_audit.py" line="47"/>
        <location filename="../screens/manager_audit.py" line="90"/>
        <source>Journal des actions</source>
        <translation>Journal of actions</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="48"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="48"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="50"/>
        <source>Filtrer par agent</source>
        <translation>Filter by agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="52"/>
        <source>Filtrer par démarche</source>
        <translation>Filter by procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="53"/>
        <source>Toutes les démarches</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="56"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="56"/>
        <location filename="../screens/manager_audit.py" line="57"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="57"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="58"/>
        <source>&amp;Filtrer</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="58"/>
        <source>Appliquer les filtres</source>
        <translation>Apply the filters</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="60"/>
        <source>Entrées du journal</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="63"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="65"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="66"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="67"/>
        <source>Usager</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="68"/>
        <source>Démarche</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="75"/>
        <source>Nombre d&apos;entrées</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="76"/>
        <source>Exporter en &amp;CSV</source>
        <translation>Export as &amp;CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="76"/>
        <source>Exporter en CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="78"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="78"/>
        <source>Imprimer le journal filtré</source>
        <translation>Print the filtered journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="80"/>
        <source>Erreur du journal</source>
        <translation>Journal error</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="104"/>
        <source>Tous les agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="125"/>
        <source>Les dates s&apos;écrivent jj/mm/aaaa.</source>
        <translation>Write dates as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="138"/>
        <source>usager effacé</source>
        <translation>person erased</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="143"/>
        <source>{n} entrée(s)</source>
        <translation>{n} entr(y/ies)</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="148"/>
        <source>Aidant (système)</source>
        <translation>Aidant (system)</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="149"/>
        <source>proche</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="150"/>
        <source>usager</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../screens/manager_audit.py" line="177"/>
        <source>Exporté dans {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>ManagerIntegrityScreen</name>
    <message>
        <location filename="../screens/manager_integrity.py" line="21"/>
        <location filename="../screens/manager_integrity.py" line="39"/>
        <source>Intégrité du journal</source>
        <translation>Journal integrity</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="22"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="22"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="24"/>
        <source>&amp;Vérifier le journal</source>
        <translation>&amp;Check the journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="24"/>
        <source>Vérifier le journal</source>
        <translation>Check the journal</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="28"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="31"/>
        <source>Chaque entrée du journal est liée à la précédente et des points de contrôle sont signés : la vérification montre si une entrée a été modifiée, supprimée ou déplacée.</source>
        <translation>Each journal entry is linked to the previous one and checkpoints are signed: the check shows whether an entry was changed, deleted or moved.</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="64"/>
        <source>Le journal est intact : {n} entrées vérifiées, {c} point(s) de contrôle signé(s) confirmé(s).</source>
        <translation>The journal is intact: {n} entries checked, {c} signed checkpoint(s) confirmed.</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="70"/>
        <source> (entrée n° {seq})</source>
        <translation> (entry no. {seq})</translation>
    </message>
    <message>
        <location filename="../screens/manager_integrity.py" line="76"/>
        <source>ATTENTION : le journal a été modifié. {problem}{where}</source>
        <translation>WARNING: the journal has been changed. {problem}{where}</translation>
    </message>
</context>
<context>
    <name>ManagerPolicyScreen</name>
    <message>
        <location filename="../screens/manager_policy.py" line="48"/>
        <location filename="../screens/manager_policy.py" line="115"/>
        <source>Réglages du site</source>
        <translation>Site settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="49"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="49"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="57"/>
        <source>Verrouillage agent après (minutes)</source>
        <translation>Lock the agent session after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="58"/>
        <source>Fermeture du coffre après (minutes)</source>
        <translation>Close the vault after (minutes)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="59"/>
        <source>Avertir avant (secondes)</source>
        <translation>Warn before (seconds)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="60"/>
        <source>Code à usage unique (TOTP) exigé à la connexion</source>
        <translation>One-time code (TOTP) required at login</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="61"/>
        <source>Code à usage unique exigé</source>
        <translation>One-time code required</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="62"/>
        <source>Conservation des données (années)</source>
        <translation>Data retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="63"/>
        <location filename="../screens/manager_policy.py" line="84"/>
        <source>Agent inactif après (mois)</source>
        <translation>Agent dormant after (months)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="64"/>
        <source>Essais libres d&apos;ouverture de coffre</source>
        <translation>Free vault unlock attempts</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="66"/>
        <location filename="../screens/manager_policy.py" line="97"/>
        <source>Dossiers vidés en fin de session</source>
        <translation>Folders emptied at session end</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="68"/>
        <source>Ajouter un dossier à vider</source>
        <translation>Add a folder to empty</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="68"/>
        <source>Ajouter un do&amp;ssier</source>
        <translation>Add a fol&amp;der</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="71"/>
        <source>Re&amp;tirer le dossier</source>
        <translation>Re&amp;move the folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="71"/>
        <source>Retirer le dossier choisi</source>
        <translation>Remove the chosen folder</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="73"/>
        <source>Erreur des réglages</source>
        <translation>Settings error</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="75"/>
        <source>Résultat de l&apos;enregistrement</source>
        <translation>Result of saving</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="76"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="76"/>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="79"/>
        <source>Verrouillage agent (min)</source>
        <translation>Agent lock (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="80"/>
        <source>Fermeture du coffre (min)</source>
        <translation>Vault close (min)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="81"/>
        <source>Avertir avant (s)</source>
        <translation>Warn before (s)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="83"/>
        <source>Conservation (années)</source>
        <translation>Retention (years)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="85"/>
        <source>Essais libres (coffre)</source>
        <translation>Free attempts (vault)</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="93"/>
        <source>Démarches proposées</source>
        <translation>Procedures offered</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="95"/>
        <source>Sessions et sécurité</source>
        <translation>Sessions and security</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="100"/>
        <source>Aidant vide ces dossiers (par exemple Téléchargements) à la fin de chaque session, et jamais rien en dehors.</source>
        <translation>Aidant empties these folders (for example Downloads) at the end of each session, and never anything outside them.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="111"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="180"/>
        <source>Rien n&apos;a changé.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../screens/manager_policy.py" line="192"/>
        <source>Réglages enregistrés ({n}).</source>
        <translation>Settings saved ({n}).</translation>
    </message>
</context>
<context>
    <name>ManagerReportScreen</name>
    <message>
        <location filename="../screens/manager_report.py" line="30"/>
        <location filename="../screens/manager_report.py" line="72"/>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="31"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="31"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="32"/>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="32"/>
        <location filename="../screens/manager_report.py" line="33"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="33"/>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="34"/>
        <source>&amp;Calculer</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="34"/>
        <source>Calculer le rapport</source>
        <translation>Compute the report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="37"/>
        <source>Chiffres de la période</source>
        <translation>Figures of the period</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="38"/>
        <location filename="../screens/manager_report.py" line="55"/>
        <source>Actions par démarche</source>
        <translation>Actions by procedure</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="39"/>
        <location filename="../screens/manager_report.py" line="57"/>
        <source>Actions par organisme</source>
        <translation>Actions by organisation</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="40"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="40"/>
        <source>Imprimer le rapport</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="41"/>
        <source>Exporter en CS&amp;V</source>
        <translation>Export as CS&amp;V</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="41"/>
        <source>Exporter le rapport en CSV</source>
        <translation>Export the report as CSV</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="43"/>
        <source>Chiffres &amp;anonymes</source>
        <translation>&amp;Anonymous figures</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="43"/>
        <source>Exporter les chiffres anonymes</source>
        <translation>Export the anonymous figures</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="45"/>
        <source>Erreur du rapport</source>
        <translation>Report error</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="47"/>
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
        <location filename="../screens/manager_report.py" line="100"/>
        <source>Les dates s&apos;écrivent jj/mm/aaaa.</source>
        <translation>Write dates as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="109"/>
        <source>&lt;b&gt;{helped}&lt;/b&gt; usager(s) aidé(s) (dont {new} nouveau(x)), &lt;b&gt;{actions}&lt;/b&gt; action(s), &lt;b&gt;{created}&lt;/b&gt; mandat(s) créé(s), {active} mandat(s) actif(s), {deposited} document(s) déposé(s), {printed} impression(s).</source>
        <translation>&lt;b&gt;{helped}&lt;/b&gt; person(s) helped ({new} new), &lt;b&gt;{actions}&lt;/b&gt; action(s), &lt;b&gt;{created}&lt;/b&gt; mandate(s) created, {active} active mandate(s), {deposited} document(s) deposited, {printed} print(s).</translation>
    </message>
    <message>
        <location filename="../screens/manager_report.py" line="160"/>
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
    <name>MandateWizardScreen</name>
    <message>
        <location filename="../screens/mandate_wizard.py" line="58"/>
        <location filename="../screens/mandate_wizard.py" line="59"/>
        <source>Nouveau mandat</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="61"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="69"/>
        <source>Erreur du mandat</source>
        <translation>Mandate error</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="72"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="73"/>
        <source>&amp;Précédent</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="73"/>
        <source>Étape précédente</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="74"/>
        <source>&amp;Suivant</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="74"/>
        <source>Étape suivante</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="75"/>
        <source>A&amp;nnuler</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="75"/>
        <source>Annuler le mandat</source>
        <translation>Cancel the mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="104"/>
        <source>Pour quelles démarches la personne donne-t-elle mandat ?</source>
        <translation>For which procedures does the person give a mandate?</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="115"/>
        <source>Pour combien de temps ?</source>
        <translation>For how long?</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="117"/>
        <source>Aujourd&apos;hui seulement (jusqu&apos;à ce soir)</source>
        <translation>Today only (until tonight)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="118"/>
        <source>Un mois (31 jours)</source>
        <translation>One month (31 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="119"/>
        <source>Six mois (182 jours)</source>
        <translation>Six months (182 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="120"/>
        <source>Un an (365 jours)</source>
        <translation>One year (365 days)</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="138"/>
        <source>Lisez chaque point avec la personne, et cochez-le quand elle l&apos;a compris. Imprimez ensuite le formulaire pour qu&apos;elle le signe.</source>
        <translation>Read each point with the person, and tick it when they have understood it. Then print the form for them to sign.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="148"/>
        <source>Compris</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="149"/>
        <source>Point {n} compris</source>
        <translation>Point {n} understood</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="156"/>
        <source>Lire</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="156"/>
        <source>Lire à voix haute le point {n}</source>
        <translation>Read point {n} aloud</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="166"/>
        <source>&amp;Imprimer le formulaire</source>
        <translation>&amp;Print the form</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="167"/>
        <source>Imprimer le formulaire de consentement</source>
        <translation>Print the consent form</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="171"/>
        <source>La personne est d&apos;&amp;accord</source>
        <translation>The person &amp;agrees</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="171"/>
        <source>La personne est d&apos;accord</source>
        <translation>The person agrees</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="173"/>
        <source>La personne &amp;refuse</source>
        <translation>The person &amp;refuses</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="173"/>
        <source>La personne refuse</source>
        <translation>The person refuses</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="190"/>
        <source>Résumé du mandat</source>
        <translation>Mandate summary</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="192"/>
        <source>&amp;Imprimer le mandat</source>
        <translation>&amp;Print the mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="192"/>
        <source>Imprimer le mandat signé</source>
        <translation>Print the signed mandate</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="194"/>
        <source>&amp;Retour au dossier</source>
        <translation>&amp;Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="194"/>
        <source>Retour au dossier</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="213"/>
        <source>Mandat de {name}</source>
        <translation>Mandate of {name}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="231"/>
        <source>à qui la personne donne mandat</source>
        <translation>who the person gives the mandate to</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="232"/>
        <source>les démarches</source>
        <translation>the procedures</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="233"/>
        <source>la durée</source>
        <translation>the duration</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="234"/>
        <source>l&apos;accord de la personne</source>
        <translation>the person&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="235"/>
        <source>c&apos;est fait</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="239"/>
        <source>Étape {n} sur 5 : {name}</source>
        <translation>Step {n} of 5: {name}</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="257"/>
        <source>Choisissez le site ou un proche.</source>
        <translation>Choose the site or a relative.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="262"/>
        <source>Choisissez au moins une démarche.</source>
        <translation>Choose at least one procedure.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="274"/>
        <source>Choisissez une durée.</source>
        <translation>Choose a duration.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="315"/>
        <source>Le mandat est actif jusqu&apos;au {date}. Code de vérification : {code}.</source>
        <translation>The mandate is active until {date}. Verification code: {code}.</translation>
    </message>
    <message>
        <location filename="../screens/mandate_wizard.py" line="320"/>
        <source>La personne a refusé : le mandat n&apos;autorise rien. Son refus est noté.</source>
        <translation>The person refused: the mandate authorises nothing. Their refusal is recorded.</translation>
    </message>
</context>
<context>
    <name>MandatesSection</name>
    <message>
        <location filename="../screens/usager_mandates.py" line="40"/>
        <source>Mandats de la personne</source>
        <translation>The person&apos;s mandates</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="42"/>
        <source>Nouveau &amp;mandat</source>
        <translation>New &amp;mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="42"/>
        <source>Nouveau mandat</source>
        <translation>New mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="44"/>
        <source>Raison de la révocation</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="44"/>
        <source>ex. : à la demande de la personne</source>
        <translation>e.g. at the person&apos;s request</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="46"/>
        <source>Révoquer la sélection</source>
        <translation>Revoke the selection</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="46"/>
        <source>Révo&amp;quer</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="47"/>
        <source>Re&amp;nouveler</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="47"/>
        <source>Renouveler le mandat</source>
        <translation>Renew the mandate</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="49"/>
        <source>Imprimer l&apos;a&amp;ttestation</source>
        <translation>Print the a&amp;ttestation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="50"/>
        <source>Imprimer l&apos;attestation de révocation</source>
        <translation>Print the revocation attestation</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="53"/>
        <source>Erreur sur les mandats</source>
        <translation>Mandates error</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="56"/>
        <source>Information sur les mandats</source>
        <translation>Mandates information</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="66"/>
        <source>Mandats</source>
        <translation>Mandates</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="92"/>
        <source> — révoquée le {date}</source>
        <translation> — revoked on {date}</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="108"/>
        <source>au site</source>
        <translation>to the site</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="108"/>
        <source>à un proche</source>
        <translation>to a relative</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="111"/>
        <source>Mandat {holder}, {status}, jusqu&apos;au {date}</source>
        <translation>Mandate {holder}, {status}, until {date}</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="128"/>
        <source>Choisissez d&apos;abord un mandat ou une démarche dans la liste.</source>
        <translation>First choose a mandate or a procedure in the list.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="144"/>
        <source>Révocation enregistrée : imprimez l&apos;attestation pour la personne.</source>
        <translation>Revocation recorded: print the attestation for the person.</translation>
    </message>
    <message>
        <location filename="../screens/usager_mandates.py" line="154"/>
        <location filename="../screens/usager_mandates.py" line="166"/>
        <source>Choisissez d&apos;abord un mandat dans la liste.</source>
        <translation>First choose a mandate in the list.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../keypad.py" line="29"/>
        <source>Chiffres tapés</source>
        <extracomment>Emitted (no payload) when the person presses &quot;Valider&quot; or Enter.</extracomment>
        <translation>Digits typed</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="35"/>
        <location filename="../keypad.py" line="39"/>
        <source>Chiffre {d}</source>
        <translation>Digit {d}</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="36"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="36"/>
        <source>Effacer un chiffre</source>
        <translation>Erase a digit</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="37"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="37"/>
        <source>Valider le code</source>
        <translation>Confirm the code</translation>
    </message>
    <message>
        <location filename="../keypad.py" line="87"/>
        <source>{n} chiffre(s) tapé(s)</source>
        <translation>{n} digit(s) typed</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../readaloud.py" line="49"/>
        <source>Aucune voix de lecture n&apos;est installée sur cet ordinateur : demandez à la personne qui vous aide de lire le texte.</source>
        <extracomment>Force one engine (tests use &quot;mock&quot;); otherwise every real engine is tried in order.</extracomment>
        <translation>No reading voice is installed on this computer: ask the person helping you to read the text.</translation>
    </message>
    <message>
        <location filename="../readaloud.py" line="64"/>
        <source>La lecture à voix haute ne fonctionne pas sur cet ordinateur (le moteur de voix ne répond pas) : demandez à la personne qui vous aide.</source>
        <translation>Reading aloud does not work on this computer (the voice engine does not answer): ask the person helping you.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../widgets.py" line="112"/>
        <source>Lire à voix haute : {what}</source>
        <translation>Read aloud: {what}</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="114"/>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="116"/>
        <source>Lire à &amp;voix haute</source>
        <translation>Read al&amp;oud</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="119"/>
        <source>Message de lecture à voix haute</source>
        <translation>Read-aloud message</translation>
    </message>
</context>
<context>
    <name>UsagerFileScreen</name>
    <message>
        <location filename="../screens/usager_file.py" line="22"/>
        <location filename="../screens/usager_file.py" line="23"/>
        <source>Dossier de l&apos;usager</source>
        <translation>Person&apos;s file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="24"/>
        <source>&amp;Retour</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="24"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="25"/>
        <source>Le &amp;coffre</source>
        <translation>The &amp;vault</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="25"/>
        <source>Ouvrir le coffre</source>
        <translation>Open the vault</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="26"/>
        <source>le dossier</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="28"/>
        <source>Nom et prénoms</source>
        <translation>Name and first names</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="29"/>
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="30"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="31"/>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="32"/>
        <source>Nom et prénoms :</source>
        <translation>Name and first names:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="33"/>
        <source>Naissance :</source>
        <translation>Birth:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="34"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="35"/>
        <source>Adresse e-mail :</source>
        <translation>E-mail address:</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="44"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="74"/>
        <location filename="../screens/usager_file.py" line="78"/>
        <source>non indiquée</source>
        <extracomment>The vault section is added below these two.</extracomment>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="77"/>
        <source>non indiqué</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../screens/usager_file.py" line="87"/>
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
    <message>
        <location filename="../screens/usager_new.py" line="105"/>
        <source>La date de naissance s&apos;écrit jj/mm/aaaa, par exemple 14/05/1946.</source>
        <translation>Write the date of birth as dd/mm/yyyy, for example 14/05/1946.</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <location filename="../screens/vault.py" line="25"/>
        <source>Coffre de l&apos;usager</source>
        <translation>Person&apos;s vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="26"/>
        <source>Coffre</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="28"/>
        <source>&amp;Retour au dossier</source>
        <translation>&amp;Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="28"/>
        <source>Retour au dossier</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="30"/>
        <source>le coffre</source>
        <translation>the vault</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="54"/>
        <source>Coffre de {name}</source>
        <translation>Vault of {name}</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="96"/>
        <source>Votre coffre est ouvert. Choisissez un document pour le voir ou l&apos;imprimer. Fermez le coffre avant de partir.</source>
        <translation>Your vault is open. Choose a document to view or print it. Close the vault before you leave.</translation>
    </message>
    <message>
        <location filename="../screens/vault.py" line="102"/>
        <source>Pour ouvrir votre coffre, tapez le code de votre carte, puis votre code personnel.</source>
        <translation>To open your vault, type the code on your card, then your personal code.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../screens/manager_policy.py" line="38"/>
        <source>Dossier à vider</source>
        <extracomment>Asks for a folder; returns its absolute path, or None when cancelled (tests inject one).</extracomment>
        <translation>Folder to empty</translation>
    </message>
    <message>
        <location filename="../printing.py" line="37"/>
        <source>Choisir l&apos;imprimante</source>
        <extracomment>Returns a printer chosen by the person (None when cancelled). Tests inject their own.</extracomment>
        <translation>Choose the printer</translation>
    </message>
    <message>
        <location filename="../printing.py" line="56"/>
        <source>Cette imprimante enregistre un fichier sur l&apos;ordinateur : choisissez une vraie imprimante.</source>
        <translation>This printer saves a file on the computer: choose a real printer.</translation>
    </message>
    <message>
        <location filename="../shell.py" line="61"/>
        <source>Document à déposer</source>
        <extracomment>Chooses a printer for a widget (ui.printing.PrinterChooser); None: the system dialog. Asks for a file to deposit / a folder to export to (tests inject their own). The scanner interface (aidant.scanning.ScanBackend); None: the platform&apos;s default. The usager&apos;s vault while it is open (aidant.vault.OpenVault), at most one at a time. Told True/False when a vault opens or closes (the main window shows its banner).</extracomment>
        <translation>Document to deposit</translation>
    </message>
    <message>
        <location filename="../shell.py" line="63"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../shell.py" line="72"/>
        <source>Dossier où enregistrer</source>
        <translation>Folder to save in</translation>
    </message>
    <message>
        <location filename="../shell.py" line="83"/>
        <source>Impression annulée.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../shell.py" line="87"/>
        <source>Document envoyé à l&apos;imprimante ({n} page(s)).</source>
        <translation>Document sent to the printer ({n} page(s)).</translation>
    </message>
</context>
</TS>
