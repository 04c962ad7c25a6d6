// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticsituations.h"

using namespace Qt::StringLiterals;

namespace sportello::demo::detail {

QList<Situation> situations()
{
    return {
        {{u"POV.UTENZE"_s, u"POV.INSUF"_s, u"POV"_s},
         {u"svc-bonus-sociale-luce-gas"_s, u"svc-bonus-sociale-acqua"_s, u"svc-isee-dsu"_s,
          u"svc-caf-cisl-isee"_s, u"svc-caritas-vimodrone-bollette"_s,
          u"svc-rodano-contributo-utenze"_s, u"svc-pioltello-contributi"_s}},
        {{u"POV.NORED"_s, u"POV.INSUF"_s, u"OCC.DISOCC"_s},
         {u"svc-adi"_s, u"svc-sfl"_s, u"svc-isee-dsu"_s, u"svc-inas-patronato"_s,
          u"svc-inca-patronato"_s, u"svc-segrate-contributi"_s}},
        {{u"POV.ALIM"_s, u"POV.INSUF"_s},
         {u"svc-emporio-solidale"_s, u"svc-caritas-pioltello-pacchi"_s,
          u"svc-caritas-pioltello-ascolto"_s, u"svc-carta-dedicata-a-te"_s,
          u"svc-caritas-segrate-guardaroba"_s}},
        {{u"OCC.PERDITA"_s, u"OCC.DISOCC"_s, u"OCC.PRECAR"_s, u"OCC.POVERO"_s},
         {u"svc-naspi"_s, u"svc-cpi-servizi"_s, u"svc-cpi-siisl"_s, u"svc-sil"_s}},
        {{u"CAS.SFRATTO"_s, u"CAS.AFFITTO"_s, u"CAS.PRECAR"_s, u"CAS.SOVRAF"_s},
         {u"svc-contributo-affitto"_s, u"svc-morosita-incolpevole"_s, u"svc-sap-avviso"_s,
          u"svc-cgil-pioltello-casa"_s, u"svc-pioltello-ufficio-casa"_s}},
        {{u"CAS.SENZA"_s, u"CAS.RESID"_s, u"POV.NORED"_s},
         {u"svc-dormitorio"_s, u"svc-piano-freddo"_s, u"svc-pioltello-residenza-fittizia"_s,
          u"svc-pis"_s}},
        {{u"IST.COSTI"_s, u"FAM.GENIT"_s, u"POV.STRAOR"_s},
         {u"svc-auu"_s, u"svc-nidi-gratis"_s, u"svc-bonus-famiglia"_s, u"svc-consultorio"_s,
          u"svc-aleimar-ascolto"_s}},
        {{u"REL.ANZIANO"_s, u"REL.SOLO"_s, u"FAM.CURA"_s},
         {u"svc-pioltello-centro-anziani"_s, u"svc-vimodrone-centro-anziani"_s,
          u"svc-pioltello-sad"_s, u"svc-segrate-telesoccorso"_s, u"svc-fnp-pioltello-ascolto"_s,
          u"svc-voucher-autonomia-anziani"_s}},
        {{u"IMM.PERMESSO"_s, u"IMM.DOCUM"_s, u"IMM.LINGUA"_s, u"IMM.RICONG"_s},
         {u"svc-sportello-stranieri"_s, u"svc-inca-patronato"_s}},
        {{u"SAL.FISICA"_s, u"SAL.CURE"_s, u"SAL.NONAUTO"_s, u"DIS.RICON"_s, u"DIS.FISICA"_s},
         {u"svc-inca-invalidita"_s, u"svc-pua"_s, u"svc-adi-sanitaria"_s, u"svc-misura-b2"_s,
          u"svc-scelta-medico"_s, u"svc-bonus-disagio-fisico"_s, u"svc-appha-sportello"_s},
         false,
         true},
        {{u"SAL.MENTALE"_s, u"DIP.ALCOL"_s, u"DIP.GIOCO"_s},
         {u"svc-cps"_s, u"svc-serd"_s},
         false,
         true},
        {{u"GIU.LEGALE"_s, u"GIU.MISURE"_s}, {u"svc-sportello-legale"_s}, false, true},
        {{u"FAM.SEPAR"_s, u"FAM.CONFL"_s, u"FAM.LUTTO"_s},
         {u"svc-mediazione-vimodrone"_s, u"svc-consultorio"_s, u"svc-sportello-legale"_s}},
        {{u"DIG.IDENT"_s, u"DIG.COMPET"_s, u"DIG.PRATICA"_s, u"DIG.DISPOS"_s},
         {u"svc-pioltello-punto-digitale"_s, u"svc-segrate-punto-digitale"_s,
          u"svc-garibaldini-digitale"_s, u"svc-fnp-pioltello-punto-digitale"_s},
         true},
    };
}

QStringList referralDestinations(SituationIndex situation)
{
    switch (situation) {
    case Bills:
        return {u"CAF"_s, u"SS_SEGR"_s, u"CDA"_s};
    case NoIncome:
        return {u"PATRONATO"_s, u"SS_COMUNE"_s, u"INPS"_s};
    case Food:
        return {u"CDA"_s, u"ETS"_s, u"SS_SEGR"_s};
    case JobLoss:
        return {u"CPI"_s, u"PATRONATO"_s, u"INPS"_s};
    case Housing:
        return {u"CASA"_s, u"SS_COMUNE"_s, u"LEGALE"_s};
    case Homeless:
        return {u"PIS"_s, u"SS_COMUNE"_s, u"CDA"_s};
    case Children:
        return {u"SS_COMUNE"_s, u"CAF"_s, u"ETS"_s};
    case Elderly:
        return {u"SS_COMUNE"_s, u"PUA"_s, u"ETS"_s};
    case Immigration:
        return {u"LEGALE"_s, u"PATRONATO"_s, u"ETS"_s};
    case Health:
        return {u"PUA"_s, u"PATRONATO"_s, u"MMG"_s};
    case MentalHealth:
        return {u"ASST_SPEC"_s, u"MMG"_s, u"SS_COMUNE"_s};
    case Justice:
        return {u"LEGALE"_s, u"SS_COMUNE"_s};
    case FamilyConflict:
        return {u"ASST_SPEC"_s, u"LEGALE"_s, u"SS_MINORI"_s};
    case Digital:
        return {u"FACDIG"_s, u"INPS"_s};
    case SituationCount:
        break;
    }
    return {u"ALTRO"_s};
}

const QStringList &sessionNotes()
{
    static const QStringList list = {
        u"Portati i documenti richiesti."_s,
        u"Spiegati requisiti e scadenze della domanda."_s,
        u"Da verificare l'ISEE aggiornato."_s,
        u"Situazione stabile rispetto all'ultimo colloquio."_s,
        u"Consegnato il foglio con indirizzi e orari dei servizi."_s,
        u"Compilata insieme la domanda online."_s,
        u"Preoccupazione per le spese dei prossimi mesi."_s,
    };
    return list;
}

const QStringList &nextSteps()
{
    static const QStringList list = {
        u"Tornare con i documenti mancanti."_s,
        u"Prendere appuntamento al servizio indicato."_s,
        u"Richiamare dopo la risposta dell'ente."_s,
    };
    return list;
}

const QStringList &followUpNotes()
{
    static const QStringList list = {
        u"Richiamare per l'esito della domanda."_s,
        u"Verificare se ha preso l'appuntamento."_s,
        u"Chiedere se servono altri documenti."_s,
    };
    return list;
}

const QStringList &digitalAmbiti()
{
    static const QStringList list
        = {u"SPID"_s,   u"CIE"_s,    u"APPIO"_s, u"PAGOPA"_s, u"FSE"_s,  u"INPS"_s,
           u"LAVORO"_s, u"ISTRUZ"_s, u"ANPR"_s,  u"BASE"_s,   u"SICUR"_s};
    return list;
}

const QStringList &facilitationFailures()
{
    static const QStringList list
        = {u"MANCA_DOCUMENTO"_s, u"MANCA_DISPOSITIVO"_s, u"MANCANO_CREDENZIALI"_s,
           u"TEMPO_INSUFFICIENTE"_s, u"RINVIATO"_s};
    return list;
}

} // namespace sportello::demo::detail
