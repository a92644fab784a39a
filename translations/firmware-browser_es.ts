<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+29"/>
        <source>About Firmware Browser</source>
        <translation>Acerca de Firmware Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Catalog: %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Catálogo: %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Find, inspect and download official Xiaomi ROMs.&lt;/p&gt;&lt;p&gt;The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.&lt;/p&gt;%3&lt;p&gt;License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Busca, examina y descarga ROM oficiales de Xiaomi.&lt;/p&gt;&lt;p&gt;El catálogo de ROM procede de %2 (XFU). Firmware Browser no está afiliado a Xiaomi.&lt;/p&gt;%3&lt;p&gt;Licencia: %4 (GPL-3.0-or-later). Este programa se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiaomi Firmware Updater</source>
        <translation>Xiaomi Firmware Updater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
</context>
<context>
    <name>ArchivePath</name>
    <message>
        <location filename="../src/core/flash/archivepath.cpp" line="+20"/>
        <source>an entry has no name</source>
        <translation>una entrada no tiene nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &apos;%1&apos; is not valid UTF-8</source>
        <translation>el nombre de entrada «%1» no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; has an absolute path</source>
        <translation>la entrada «%1» tiene una ruta absoluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; contains a backslash, a folder separator on Windows</source>
        <translation>la entrada «%1» contiene una barra invertida, un separador de carpetas en Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &apos;%1&apos; climbs out of its folder with &apos;..&apos;</source>
        <translation>la entrada «%1» sale de su carpeta con «..»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/flash/romextractor.cpp" line="+92"/>
        <source>the entry &apos;%1&apos; cannot be a file on every system: %2</source>
        <translation>la entrada «%1» no puede ser un archivo en todos los sistemas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry &apos;%1&apos; names no file</source>
        <translation>la entrada «%1» no nombra ningún archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>the link &apos;%1&apos; points outside the folder (to &apos;%2&apos;)</source>
        <translation>el enlace «%1» apunta fuera de la carpeta (a «%2»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link &apos;%1&apos; points at the folder itself</source>
        <translation>el enlace «%1» apunta a la propia carpeta</translation>
    </message>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="+16"/>
        <location line="+24"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+69"/>
        <source>the archive holds &apos;%1&apos; twice (letter case aside)</source>
        <translation>el archivo comprimido contiene «%1» dos veces (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+9"/>
        <source>the entry &apos;%1&apos; is a device, pipe or socket, not a file</source>
        <translation>la entrada «%1» es un dispositivo, una tubería o un socket, no un archivo</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/flash/archivereader.cpp" line="+87"/>
        <source>the archive is damaged</source>
        <translation>el archivo comprimido está dañado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)</source>
        <translation>%1 no es ni una ROM Fastboot (.tgz) ni una ROM Recovery (.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the archive is not open</source>
        <translation>el archivo comprimido no está abierto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive holds more than %1 entries; a ROM holds a few hundred at most</source>
        <translation>el archivo comprimido tiene más de %1 entradas; una ROM tiene unos cientos como mucho</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, not a ROM</source>
        <translation>el archivo comprimido se descomprime a más de %1 veces su tamaño (%2 bytes a partir de %3): una bomba de descompresión, no una ROM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>CaptionLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="+195"/>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value in a form (&quot;Device:&quot;); Chinese writes the full-width colon (%1：)</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../src/gui/catalogbrowser.cpp" line="+54"/>
        <source>Show only this section of the website</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Mostrar solo esta sección del sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Filtro de sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions of this branch</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Mostrar solo las versiones de esta rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch filter</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Filtro de rama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions with a file of this type</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Mostrar solo las versiones con un archivo de este tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type filter</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only versions for this region</source>
        <translation>Mostrar solo las versiones para esta región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search device, codename, version, file name or MD5</source>
        <translation>Buscar dispositivo, nombre en clave, versión, nombre de archivo o MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on &amp;Website</source>
        <translation>Abrir en el &amp;sitio web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Contraer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expand</source>
        <translation>&amp;Expandir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unpin from My Devices</source>
        <translation>&amp;Quitar de Mis dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin to My Devices</source>
        <translation>&amp;Fijar en Mis dispositivos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Any branch</source>
        <extracomment>Filter choice: versions of every branch (release channel: Stable, Weekly…)</extracomment>
        <translation>Cualquier rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any type</source>
        <extracomment>Filter choice: files of every type (Recovery, Fastboot)</extracomment>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any section</source>
        <extracomment>Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)</extracomment>
        <translation>Cualquier sección</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Nada coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches in %1.</source>
        <translation>Coincidencias en %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not in the catalog.</source>
        <translation>«%1» no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied the link to %1.</source>
        <translation>Se copió el enlace a %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied “%1”.</source>
        <translation>Se copió «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pinned %1 to My devices.</source>
        <translation>%1 fijado en Mis dispositivos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned %1.</source>
        <translation>%1 quitado.</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/core/catalog/catalogfile.cpp" line="+196"/>
        <source>it is not a Firmware Browser catalog file</source>
        <translation>no es un archivo de catálogo de Firmware Browser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has catalog format %1; this version of the app reads format %2</source>
        <translation>tiene el formato de catálogo %1; esta versión de la aplicación lee el formato %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>its compressed data is damaged</source>
        <translation>sus datos comprimidos están dañados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses an unknown compression (%1)</source>
        <translation>usa una compresión desconocida (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its string table is damaged or truncated</source>
        <translation>su tabla de cadenas está dañada o truncada</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>its records are damaged or truncated</source>
        <translation>sus registros están dañados o truncados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the embedded catalog %1 is missing from this build</source>
        <translation>falta el catálogo integrado %1 en esta compilación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open it: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 bytes long, too large for a catalog</source>
        <translation>ocupa %1 bytes, demasiado para un catálogo</translation>
    </message>
</context>
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln dispositivo</numerusform>
            <numerusform>%1 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln versión</numerusform>
            <numerusform>%1 de %Ln versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message>
        <location filename="../src/gui/catalogrefresher.cpp" line="+215"/>
        <source>The catalog is up to date.</source>
        <translation>El catálogo está al día.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog refresh was refused, catalog from %1 kept: %2</source>
        <translation>Se rechazó la actualización del catálogo; se mantiene el catálogo del %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Offline — catalog from %1</source>
        <translation>Sin conexión — catálogo del %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The catalog is still loading.</source>
        <translation>El catálogo todavía se está cargando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing the catalog…</source>
        <translation>Actualizando el catálogo…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This firmware came from the catalog refresh; fetching its page for its MD5 and size…</source>
        <translation>Este firmware llegó con la actualización del catálogo; obteniendo su página para su MD5 y su tamaño…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…</source>
        <translation>Esta versión llegó con la actualización del catálogo; obteniendo su página para el registro de cambios y los demás espejos…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This firmware came from the catalog refresh: its MD5 and size are not known yet, and its page could not be fetched (%1). A download cannot be verified until it is.</source>
        <translation>Este firmware llegó con la actualización del catálogo: su MD5 y su tamaño aún no se conocen y no se pudo obtener su página (%1). Hasta entonces, una descarga no se puede verificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version came from the catalog refresh: its changelog and other mirrors are not known yet, and its page could not be fetched (%1). Downloads use the one known link.</source>
        <translation>Esta versión llegó con la actualización del catálogo: aún no se conocen su registro de cambios ni sus otros espejos, y no se pudo obtener su página (%1). Las descargas usan el único enlace conocido.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROMs for your devices</source>
        <translation>ROM nuevas para tus dispositivos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog refreshed: no new files.</source>
        <translation>Catálogo actualizado: no hay archivos nuevos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog refreshed: %1 (View → What&apos;s New).</source>
        <extracomment>%1: the new files by kind, &quot;2 new ROM files, 1 new firmware file&quot;</extracomment>
        <translation>Catálogo actualizado: %1 (Ver → Novedades).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog refresh looks cut short and was refused, catalog from %1 kept: %2</source>
        <translation>La actualización del catálogo parece cortada y se rechazó; se mantiene el catálogo del %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../src/core/catalog/catalogstore.cpp" line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The saved catalog refresh (%1) could not be read: %2</source>
        <translation>No se pudo leer la actualización guardada del catálogo (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog refresh</source>
        <translation>Actualización del catálogo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your imported pages (%1) could not be read: %2</source>
        <translation>No se pudieron leer tus páginas importadas (%1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog %1 could not be read: %2</source>
        <translation>No se pudo leer el catálogo %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported pages</source>
        <translation>Páginas importadas</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versión</numerusform>
            <numerusform>%Ln versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data of %1</source>
        <translation>datos del %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln archivo ROM nuevo</numerusform>
            <numerusform>%Ln archivos ROM nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln archivo de firmware nuevo</numerusform>
            <numerusform>%Ln archivos de firmware nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln paquete vendor nuevo</numerusform>
            <numerusform>%Ln paquetes vendor nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <location filename="../src/gui/catalogterms.cpp" line="+10"/>
        <source>Stable</source>
        <extracomment>ROM branch: the stable release (Xiaomi China: 稳定版)</extracomment>
        <translation>Estable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable Beta</source>
        <extracomment>ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)</extracomment>
        <translation>Beta estable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <extracomment>ROM branch: the weekly developer build (Xiaomi China: 开发版)</extracomment>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public Beta</source>
        <extracomment>ROM branch: the public beta (Xiaomi China: 公测版)</extracomment>
        <translation>Beta pública</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery</source>
        <extracomment>ROM file type: a package installed by the phone&apos;s recovery (Xiaomi China: 卡刷包)</extracomment>
        <translation>Recovery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastboot</source>
        <extracomment>ROM file type: images flashed over USB in fastboot mode (Xiaomi China: 线刷包)</extracomment>
        <translation>Fastboot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Firmware</source>
        <extracomment>One page or file of the Firmware section, in the singular: &quot;MI 5 Global · Firmware V10.2.2.0.OAAMIXM Stable&quot;</extracomment>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>One page or file of the Vendor section, in the singular: &quot;Mi 5s Global · Vendor 9.6.27 Weekly&quot;</extracomment>
        <translation>Vendor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>China</source>
        <extracomment>ROM region (the market a ROM is built for)</extracomment>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEA</source>
        <translation>Europa (EEA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea</source>
        <translation>Corea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln paquete vendor</numerusform>
            <numerusform>%Ln paquetes vendor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln zip de firmware</numerusform>
            <numerusform>%Ln zip de firmware</numerusform>
        </translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+61"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New since the previous catalog refresh</source>
        <translation>Nuevo desde la última actualización del catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed on the connected phone</source>
        <translation>Instalada en el teléfono conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer than the version on the connected phone</source>
        <translation>Más reciente que la versión del teléfono conectado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>My devices</source>
        <translation>Mis dispositivos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versión</numerusform>
            <numerusform>%Ln versiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Device / Version</source>
        <translation>Dispositivo / versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Rama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <extracomment>Column header: how many devices, versions or files a row holds</extracomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>, </source>
        <extracomment>Between the items of a short list in a cell: &quot;Recovery, Fastboot&quot; (Chinese: 、)</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <location filename="../src/core/feed/catalogupdater.cpp" line="+316"/>
        <source>Refresh cancelled.</source>
        <translation>Actualización cancelada.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The catalog is up to date (not modified since %1).</source>
        <translation>El catálogo está al día (sin cambios desde %1).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>tiene %1 registros de firmware, menos de la mitad de los %2 del último feed correcto: parece cortado</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The firmware list is up to date (not modified since %1).</source>
        <translation>La lista de firmware está al día (sin cambios desde %1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Catalog refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Catálogo actualizado desde %1: %Ln archivo nuevo</numerusform>
            <numerusform>Catálogo actualizado desde %1: %Ln archivos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Lista de firmware actualizada desde %1: %Ln archivo nuevo</numerusform>
            <numerusform>Lista de firmware actualizada desde %1: %Ln archivos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <source>firmware list: %1</source>
        <translation>lista de firmware: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>tiene %1 registros de ROM, menos de la mitad de los %2 del último feed correcto: parece cortado</translation>
    </message>
</context>
<context>
    <name>ChangelogView</name>
    <message>
        <location filename="../src/gui/changelogview.cpp" line="+32"/>
        <source>Changelog</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide changelog</source>
        <translation>Ocultar registro de cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show changelog</source>
        <translation>Mostrar registro de cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the changelog of this file</source>
        <translation>Ocultar el registro de cambios de este archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changelog of this file</source>
        <translation>Mostrar el registro de cambios de este archivo</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+22"/>
        <source>Branch (Stable, Weekly, ...).</source>
        <extracomment>Stable, Weekly: branch names (a ROM&apos;s release channel), which stay in English</extracomment>
        <translation>Rama (Stable, Weekly, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Recovery or Fastboot).</source>
        <extracomment>Recovery, Fastboot: how a ROM is installed; the names stay in English</extracomment>
        <translation>Tipo (Recovery o Fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (Global, China, EEA, ...).</source>
        <translation>Región (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>list takes no arguments, only options</source>
        <translation>list no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no ROM file matches</source>
        <translation>ningún archivo ROM coincide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs CODENAME and VERSION, e.g. &apos;firmware-cli show gemini 7.6.8&apos;</source>
        <translation>show necesita CODENAME y VERSION, p. ej. &apos;firmware-cli show gemini 7.6.8&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/refreshcommands.cpp" line="+237"/>
        <source>no device with the codename &apos;%1&apos; (the site&apos;s device folder, as in its links)</source>
        <translation>no hay ningún dispositivo con el nombre en clave &apos;%1&apos; (la carpeta del dispositivo en el sitio, como en sus enlaces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no version &apos;%2&apos;</source>
        <translation>%1 no tiene la versión &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import needs one FILE, a saved XFU version page</source>
        <translation>import necesita un FILE, una página de versión de XFU guardada</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>Importada %1 %2 (%Ln archivo) en %3</numerusform>
            <numerusform>Importada %1 %2 (%Ln archivos) en %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+198"/>
        <source>Run &apos;firmware-cli --help&apos; for usage.</source>
        <translation>Ejecuta &apos;firmware-cli --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Catalog file to use.</source>
        <translation>Archivo de catálogo que se usará.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+59"/>
        <source>The adb program (default: Preferences, else PATH).</source>
        <translation>El programa adb (predeterminado: Preferencias; si no, PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fastboot program (default: Preferences, else PATH).</source>
        <translation>El programa fastboot (predeterminado: Preferencias; si no, PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone to use when several are connected.</source>
        <translation>El teléfono que se usará cuando haya varios conectados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each adb / fastboot command may take (20).</source>
        <translation>Segundos que puede tardar cada comando de adb / fastboot (20).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+2"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+91"/>
        <source>device takes no arguments, only options</source>
        <translation>device no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+89"/>
        <location filename="../src/cli/refreshcommands.cpp" line="-87"/>
        <source>--timeout wants a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout espera un número de segundos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>phone %1 (%2, %3): %4</source>
        <translation>teléfono %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without serial</source>
        <translation>sin número de serie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no readable phone with the serial &apos;%1&apos;</source>
        <translation>no hay ningún teléfono legible con el número de serie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode.</source>
        <translation>no se encontró ningún teléfono. Conéctalo por USB con la depuración USB activada (Ajustes → Ajustes adicionales → Opciones de desarrollador) o inícialo en modo fastboot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several phones are connected; choose one with --serial SERIAL:</source>
        <translation>hay varios teléfonos conectados; elige uno con --serial SERIAL:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/cli/flashcommands.cpp" line="+226"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 (%2, serial %3)</source>
        <translation>Teléfono: %1 (%2, número de serie %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codename: %1</source>
        <translation>Nombre en clave: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware region: %1 (ro.boot.hwc = %2)</source>
        <translation>Región del hardware: %1 (ro.boot.hwc = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed version: %1</source>
        <translation>Versión instalada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android: %1</source>
        <translation>Android: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-rollback index: %1</source>
        <translation>Índice anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog device: %1</source>
        <translation>Dispositivo del catálogo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also listed under %1)</source>
        <translation>(también aparece como %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed version&apos;s page: %1</source>
        <translation>Página de la versión instalada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer versions for its region and branch: %1</source>
        <translation>Versiones más recientes para su región y rama: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended ROMs (best first):</source>
        <translation>ROM recomendadas (la mejor primero):</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-61"/>
        <source>Download folder (default: the current folder).</source>
        <translation>Carpeta de descarga (predeterminada: la carpeta actual).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed attempts in a row without new bytes before giving up (10).</source>
        <translation>Intentos fallidos seguidos sin bytes nuevos antes de rendirse (10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without a byte that count as a stall (30).</source>
        <translation>Segundos sin recibir un byte que cuentan como bloqueo (30).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--retries wants a number of attempts, not &apos;%1&apos;</source>
        <translation>--retries espera un número de intentos, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>trying mirror %1/%2: %3</source>
        <translation>probando el espejo %1/%2: %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>interrupted; run the same command again to resume %1</source>
        <translation>interrumpido; ejecuta el mismo comando otra vez para reanudar %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>verified (MD5 matches)</source>
        <translation>verificado (el MD5 coincide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix verified (no MD5 known; the MD5 starts with the %1 digits in the file name)</source>
        <translation>verificado por prefijo (MD5 desconocido; el MD5 empieza por los dígitos %1 del nombre del archivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed, not verified (no checksum known)</source>
        <translation>completado, sin verificar (suma de comprobación desconocida)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+191"/>
        <source>already downloaded, %1</source>
        <translation>ya descargado, %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>stopped: %1; the partial file stays for a resume: %2</source>
        <translation>detenido: %1; el archivo parcial se conserva para reanudar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>failed: %1; the partial file stays: %2</source>
        <translation>error: %1; el archivo parcial se conserva: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: %1; nothing was kept</source>
        <translation>error: %1; no se conservó nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1; the partial file stays for a resume: %2</source>
        <translation>error: %1; el archivo parcial se conserva para reanudar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery or Fastboot.</source>
        <translation>Recovery o Fastboot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror host to try first (bn.d.miui.com).</source>
        <translation>El espejo que se probará primero (bn.d.miui.com).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>download wants CODENAME VERSION</source>
        <translation>download espera CODENAME VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no version %1 for the device folder %2 in the catalog</source>
        <translation>el catálogo no tiene la versión %1 para la carpeta de dispositivo %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no %1 file on this page</source>
        <translation>no hay ningún archivo %1 en esta página</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this version has several files; choose one with --type:</source>
        <translation>esta versión tiene varios archivos; elige uno con --type:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused the catalog&apos;s file name: %1</source>
        <translation>se rechazó el nombre de archivo del catálogo: %1</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Expected MD5 (32 hex digits).</source>
        <translation>MD5 esperado (32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Expected size in bytes.</source>
        <translation>Tamaño esperado en bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file name (default: the URL&apos;s last segment).</source>
        <translation>Nombre del archivo local (predeterminado: el último segmento de la URL).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>fetch wants a URL (and maybe other URLs of the same file, as mirrors)</source>
        <translation>fetch espera una URL (y quizá otras URL del mismo archivo, como espejos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; no es una URL http o https</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; no es un MD5 (32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--size wants a number of bytes, not &apos;%1&apos;</source>
        <translation>--size espera un número de bytes, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused the file name: %1 (choose one with --name)</source>
        <translation>se rechazó el nombre de archivo: %1 (elige uno con --name)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verify wants one FILE</source>
        <translation>verify espera un FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/flashcommands.cpp" line="-49"/>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5</source>
        <translation>no se conoce ninguna suma de comprobación para %1 (no está en el catálogo o su MD5 es Unknown); usa --md5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>match (prefix): the MD5 %1 starts with the file name&apos;s %2; no full MD5 is known: %3</source>
        <translation>coincide (prefijo): el MD5 %1 empieza por el %2 del nombre del archivo; no se conoce el MD5 completo: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>match: MD5 %1: %2</source>
        <translation>coincide: MD5 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch: MD5 %1, expected %2: %3</source>
        <translation>no coincide: MD5 %1, se esperaba %2: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-131"/>
        <source>Fetch the feed from URL instead of upstream.</source>
        <translation>Obtener el feed desde URL en lugar del origen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the firmware feed from URL instead of upstream. With only one of --source and --firmware-source, only that feed is refreshed.</source>
        <translation>Obtener el feed de firmware desde URL en lugar del origen. Con solo uno de --source y --firmware-source, solo se actualiza ese feed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the feed (30).</source>
        <translation>Segundos de espera para el feed (30).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--source espera una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--firmware-source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--firmware-source espera una URL http(s), no &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the firmware feed looks cut short, refused: %1</source>
        <translation>el feed de firmware parece cortado; se rechazó: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed was refused: %1</source>
        <translation>se rechazó el feed: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the firmware feed was refused: %1</source>
        <translation>se rechazó el feed de firmware: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: %1</source>
        <translation>sin conexión: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog unchanged (data from %1)</source>
        <translation>catálogo sin cambios (datos del %1)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not modified</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1, updated %2 (from %3)</source>
        <translation>añadidos %1, actualizados %2 (desde %3)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Only this region (Global, China, EEA, ...).</source>
        <translation>Solo esta región (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>latest needs a CODENAME, e.g. &apos;firmware-cli latest gemini&apos;</source>
        <translation>latest necesita un CODENAME, p. ej. &apos;firmware-cli latest gemini&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no ROM for the region &apos;%2&apos;</source>
        <translation>%1 no tiene ninguna ROM para la región &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-16"/>
        <source>A version page saved from the site (HTML).</source>
        <translation>Una página de versión guardada del sitio (HTML).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the ROM files of the catalog, one per card per version page</source>
        <translation>los archivos ROM del catálogo, uno por tarjeta de cada página de versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards of a version page</source>
        <translation>las tarjetas de una página de versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a saved XFU version page to your catalog</source>
        <translation>añade a tu catálogo una página de versión de XFU guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest file of a device per branch, type and region</source>
        <translation>el archivo más reciente de un dispositivo por rama, tipo y región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ROMs published since the catalog was made (upstream latest.yml)</source>
        <translation>añade las ROM publicadas desde que se creó el catálogo (latest.yml del origen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download a catalog file from its mirrors, check its size and MD5</source>
        <translation>descarga un archivo del catálogo desde sus espejos y comprueba su tamaño y su MD5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download any URL, the other URLs as mirrors of the same file</source>
        <translation>descarga cualquier URL, con las demás URL como espejos del mismo archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash FILE; without --md5 the catalog&apos;s MD5 for its name</source>
        <translation>calcula el hash de FILE; sin --md5, el MD5 del catálogo para su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phone connected by USB (adb or fastboot mode) and the ROMs for it</source>
        <translation>el teléfono conectado por USB (adb o modo fastboot) y las ROM para él</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Usage: firmware-cli COMMAND [OPTIONS]
Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).
</source>
        <translation>Uso: firmware-cli COMMAND [OPTIONS]
Busca y examina ROM oficiales de Xiaomi MIUI / HyperOS (datos: Xiaomi Firmware Updater).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;firmware-cli COMMAND --help&apos; describes the options and arguments of a command.
  -h, --help           show this help;  -v, --version  show the version

Exit codes:
  0  done (download/fetch: verified, prefix verified, or no checksum known: the
     last line says which)
  1  bad usage or refused input (a clear message on stderr)
  2  network or disk failure (after the retries; the .part stays for a resume),
     or every mirror says the file is gone
  3  checksum or size mismatch (no final file and no .part are kept)
  4  nothing found (verify: no checksum known)
  130 interrupted (Ctrl+C; the .part stays for a resume)
</source>
        <translation>&apos;firmware-cli COMMAND --help&apos; describe las opciones y los argumentos de un comando.
  -h, --help           muestra esta ayuda;  -v, --version  muestra la versión

Códigos de salida:
  0  hecho (download/fetch: verificado, verificado por prefijo o sin suma de
     comprobación conocida: la última línea dice cuál)
  1  uso incorrecto o entrada rechazada (un mensaje claro en stderr)
  2  fallo de red o de disco (tras los reintentos; el .part se conserva para reanudar),
     o todos los espejos dicen que el archivo ya no existe
  3  la suma de comprobación o el tamaño no coinciden (no se conserva ni el archivo final ni el .part)
  4  no se encontró nada (verify: suma de comprobación desconocida)
  130 interrumpido (Ctrl+C; el .part se conserva para reanudar)
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-179"/>
        <source>The http(s) URL of the file.</source>
        <translation>La URL http(s) del archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs of the same file, tried when the first fails.</source>
        <translation>Otras URL del mismo archivo, que se prueban si falla la primera.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The file to check.</source>
        <translation>El archivo que se comprueba.</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-62"/>
        <source>the feed looks cut short, refused: %1</source>
        <translation>el feed parece cortado; se rechazó: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-129"/>
        <source>what a ROM file holds (product, anti-rollback index, flash scripts, images), and with --phone whether it fits the connected phone</source>
        <translation>qué contiene un archivo de ROM (producto, índice anti-rollback, scripts de flasheo, imágenes) y, con --phone, si sirve para el teléfono conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack a Fastboot ROM safely, ready for its flash scripts</source>
        <translation>descomprimir una ROM Fastboot de forma segura, lista para sus scripts de flasheo</translation>
    </message>
    <message>
        <location filename="../src/cli/flashcommands.cpp" line="-145"/>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking %1</source>
        <translation>comprobando %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting %1</source>
        <translation>descomprimiendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying %1</source>
        <translation>verificando %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the ROM against the phone connected by USB (adb or fastboot mode).</source>
        <translation>Comprobar la ROM con el teléfono conectado por USB (modo adb o fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to unpack into (default: the ROM file&apos;s folder).</source>
        <translation>Carpeta donde descomprimir (predeterminada: la carpeta del archivo de ROM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file: a Fastboot .tgz or a Recovery .zip.</source>
        <translation>Un archivo de ROM: un .tgz Fastboot o un .zip Recovery.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Fastboot ROM (.tgz).</source>
        <translation>Una ROM Fastboot (.tgz).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Fastboot ROM</source>
        <translation>Tipo: ROM Fastboot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Recovery ROM (payload.bin: an A/B update)</source>
        <translation>Tipo: ROM Recovery (payload.bin: una actualización A/B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: Recovery ROM</source>
        <translation>Tipo: ROM Recovery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)</source>
        <translation>Índice anti-rollback: %1 (de %2; los scripts lo comparan con fastboot getvar %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)</source>
        <translation>Índice anti-rollback: %1 (la comprobación está comentada en los scripts: no comprueban)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index: %1 (the scripts do not check it)</source>
        <translation>Índice anti-rollback: %1 (los scripts no lo comprueban)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts:</source>
        <translation>Scripts:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[recommended]</source>
        <translation>[recomendado]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata:</source>
        <translation>Metadatos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images (%1, %2 unpacked):</source>
        <translation>Imágenes (%1, %2 descomprimidas):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files (%1, %2 unpacked):</source>
        <translation>Archivos (%1, %2 descomprimidos):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction would refuse this archive: %1</source>
        <translation>La descompresión rechazaría este archivo comprimido: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect wants one FILE</source>
        <translation>inspect espera un FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot inspect %1: %2</source>
        <translation>no se puede examinar %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone: %1 (%2, serial %3), anti-rollback index %4</source>
        <translation>Teléfono: %1 (%2, número de serie %3), índice anti-rollback %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>extract wants one FILE</source>
        <translation>extract espera un FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted; nothing was kept</source>
        <translation>interrumpido; no se conservó nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract %1: %2</source>
        <translation>no se puede descomprimir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extracted: %1</source>
        <translation>descomprimido: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-186"/>
        <source>The device named TEXT (marketing name, device name or codename); when no device has that name, every one whose name or codename contains TEXT.</source>
        <translation>El dispositivo llamado TEXT (nombre comercial, nombre del dispositivo o nombre en clave); si ningún dispositivo se llama así, todos aquellos cuyo nombre o nombre en clave contiene TEXT.</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-43"/>
        <source>The site&apos;s device folder, as in its links (gemini, angelicain), in any letter case; a phone&apos;s variant (gemini_global) finds its base folder.</source>
        <translation>La carpeta del dispositivo en el sitio, como en sus enlaces (gemini, angelicain), en mayúsculas o minúsculas; la variante de un teléfono (gemini_global) encuentra su carpeta base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or without the leading V.</source>
        <translation>La versión tal como la escribe el sitio (7.6.8, V14.0.3.0.TKHMIXM), con o sin la V inicial.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot write the output: %1</source>
        <translation>no se puede escribir la salida: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants one of %2 (in any letter case), not &apos;%3&apos;</source>
        <translation>%1 espera uno de estos valores: %2 (en mayúsculas o minúsculas), no «%3»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; could mean any of %2 of %3; write the version as the site does</source>
        <translation>«%1» podría ser cualquiera de las versiones %2 de %3; escribe la versión como la escribe el sitio</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-450"/>
        <source>-o wants a folder, not an empty name</source>
        <translation>-o espera una carpeta, no un nombre vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder; -o wants a folder</source>
        <translation>%1 es un archivo, no una carpeta; -o espera una carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot make the folder %1: %2 is not a folder</source>
        <translation>no se puede crear la carpeta %1: %2 no es una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write into the folder %1: %2</source>
        <translation>no se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>stopped: %1</source>
        <translation>detenido: %1</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>no such file: %1</source>
        <translation>no existe el archivo: %1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>At most M connections at once, over every mirror of the file (8; 1: one mirror at a time).</source>
        <translation>Como mucho M conexiones a la vez, entre todos los espejos del archivo (8; 1: un espejo cada vez).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N connections to one host (4).</source>
        <translation>Como mucho N conexiones a un mismo servidor (4).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--connections wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--connections necesita un número de 1 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--per-host wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--per-host necesita un número de 1 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+30"/>
        <source>no download link published</source>
        <translation>no se ha publicado ningún enlace de descarga</translation>
    </message>
    <message>
        <location line="+127"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+257"/>
        <source>%1 %2 has no %3 page</source>
        <translation>%1 %2 no tiene página de %3</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-264"/>
        <source>The site&apos;s section: miui, hyperos, firmware (firmware-only zips) or vendor (vendor packages).</source>
        <extracomment>miui, hyperos, firmware, vendor: the site&apos;s sections, typed as they are</extracomment>
        <translation>La sección del sitio: miui, hyperos, firmware (zips solo de firmware) o vendor (paquetes vendor).</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="+19"/>
        <source>this version has several files:</source>
        <translation>esta versión tiene varios archivos:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no download link published for %1</source>
        <translation>no se ha publicado ningún enlace de descarga para %1</translation>
    </message>
</context>
<context>
    <name>ConditionalFetch</name>
    <message>
        <location filename="../src/core/feed/conditionalfetch.cpp" line="+71"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced %1, more than the %2 allowed</source>
        <translation>el servidor anunció %1, más de los %2 permitidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is larger than the %1 allowed</source>
        <translation>la respuesta supera los %1 permitidos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer from %1 in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 respondió HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2, not the document</source>
        <translation>%1 respondió HTTP %2 en lugar del documento</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../src/gui/copyablefield.cpp" line="+24"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the %1</source>
        <translation>Copiar el %1</translation>
    </message>
</context>
<context>
    <name>CounterpartLinks</name>
    <message>
        <location filename="../src/gui/counterpartlinks.cpp" line="+70"/>
        <source>Firmware only</source>
        <extracomment>Link of a ROM page to the firmware-only zip of the same version, as the website calls it</extracomment>
        <translation>Solo firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the firmware-only zip of this version: its firmware partitions without the system, for those who run a custom ROM</source>
        <translation>Mostrar el zip solo de firmware de esta versión: sus particiones de firmware sin el sistema, para quienes usan una ROM personalizada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ROM</source>
        <extracomment>Link of a firmware page to the ROM page of the same version (&quot;ROM: MIUI V10.2.2.0.OAAMIXM&quot;)</extracomment>
        <translation>ROM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the ROM page of this version</source>
        <translation>Mostrar la página de la ROM de esta versión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../src/gui/detailspane.cpp" line="+44"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No catalog loaded.</source>
        <translation>No hay ningún catálogo cargado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on &amp;Website</source>
        <translation>Abrir en el &amp;sitio web</translation>
    </message>
    <message>
        <location line="+76"/>
        <source> · Android %1</source>
        <translation> · Android %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 device</source>
        <extracomment>Subtitle of a device: %1 is its system, MIUI or HyperOS (&quot;a MIUI device&quot;)</extracomment>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nombre en clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest</source>
        <extracomment>The newest version of the device</extracomment>
        <translation>La más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a version in the list to see its files.</source>
        <translation>Selecciona una versión en la lista para ver sus archivos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device, then one of its versions.</source>
        <translation>Selecciona un dispositivo y luego una de sus versiones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page notice</source>
        <translation>Aviso de la página</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Search for your phone above — its name, codename or a version — or connect it by USB and press Detect Phone. Then pick a version to see its files.</source>
        <translation>Busca tu teléfono arriba (su nombre, nombre en clave o una versión) o conéctalo por USB y pulsa Detectar teléfono. Luego elige una versión para ver sus archivos.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Hidden by the search</source>
        <translation>Oculta por la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search and filters hide this version: select one of the results, or clear the search (Esc) to download this one.</source>
        <translation>La búsqueda y los filtros ocultan esta versión: elige uno de los resultados o borra la búsqueda (Esc) para descargarla.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="+27"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phone</source>
        <translation>Teléfono desconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Recommended ROMs</source>
        <translation>ROM recomendadas</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it.</source>
        <translation>Conecta el teléfono por USB con la depuración USB activada, o en modo fastboot, y luego detéctalo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected phones</source>
        <translation>Teléfonos conectados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes about the phone</source>
        <translation>Notas sobre el teléfono</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest ROM per branch and type for the phone&apos;s region first; Enter or a double click opens the version</source>
        <translation>Primero la ROM más reciente de cada rama y tipo para la región del teléfono; Intro o un doble clic abre la versión</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nombre en clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <extracomment>The phone&apos;s build variant, e.g. alioth_global</extracomment>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed</source>
        <extracomment>The ROM version installed on the phone</extracomment>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback</source>
        <extracomment>Xiaomi&apos;s anti-rollback index of the phone (a number; a lower one cannot be flashed)</extracomment>
        <translation>Anti-rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <extracomment>How the phone is connected: adb or fastboot</extracomment>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for a phone…</source>
        <translation>Buscando un teléfono…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode, then detect again.</source>
        <translation>No se encontró ningún teléfono. Conéctalo por USB con la depuración USB activada (Ajustes → Ajustes adicionales → Opciones de desarrollador) o inícialo en modo fastboot, y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hardware</source>
        <translation>hardware %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (hardware: %2)</source>
        <translation>%1 (hardware: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>%1 · serial %2</source>
        <translation>%1 · número de serie %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The installed version is the newest for its region and branch.</source>
        <translation>La versión instalada es la más reciente para su región y rama.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The firmware of the installed version without its system, for those who run a custom ROM.</source>
        <translation>El firmware de la versión instalada sin el sistema, para quienes usan una ROM personalizada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Phones connected: %1. Pick one.</source>
        <translation>Teléfonos conectados: %1. Elige uno.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Newer versions for its region and branch: %1, marked “Newer” in the tree.</source>
        <translation>Versiones más recientes para su región y rama: %1, marcadas como «Más reciente» en el árbol.</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../src/core/phone/deviceprobe.cpp" line="+29"/>
        <source>This user may not open the phone&apos;s USB device. On Linux, install udev rules for Android phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you are in the plugdev group, then unplug the phone and plug it in again.</source>
        <translation>Este usuario no puede abrir el dispositivo USB del teléfono. En Linux, instala las reglas udev para teléfonos Android (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), comprueba que perteneces al grupo plugdev y luego desconecta el teléfono y vuelve a conectarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The phone has not allowed USB debugging from this computer. Unlock it, tap “Allow” in the “Allow USB debugging?” prompt, then detect again.</source>
        <translation>El teléfono no ha permitido la depuración USB desde este ordenador. Desbloquéalo, toca «Permitir» en el aviso «¿Permitir depuración USB?» y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The phone is connected but does not answer. Unplug it and plug it in again; if that does not help, run “adb kill-server” and detect again.</source>
        <translation>El teléfono está conectado pero no responde. Desconéctalo y vuelve a conectarlo; si no sirve, ejecuta «adb kill-server» y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone is still connecting. Wait a moment, then detect again.</source>
        <translation>El teléfono aún se está conectando. Espera un momento y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is in “%1” mode. Start Android with USB debugging on, or fastboot mode, then detect again.</source>
        <translation>El teléfono está en modo «%1». Inicia Android con la depuración USB activada, o el modo fastboot, y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” did not answer within %2 s and was stopped.</source>
        <translation>«%1» no respondió en %2 s y se detuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be started: %2</source>
        <translation>No se pudo iniciar «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” crashed.</source>
        <translation>«%1» se cerró inesperadamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit code %2).</source>
        <translation>«%1» falló (código de salida %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed: %2</source>
        <translation>«%1» falló: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or macOS, install Android&apos;s platform-tools and set the path to %1 in Preferences → Phone (firmware-cli: %2 PATH).</source>
        <translation>%1 no está instalado. En Debian o Ubuntu: sudo apt install adb fastboot. En Windows o macOS, instala las platform-tools de Android e indica la ruta de %1 en Preferencias → Teléfono (firmware-cli: %2 PATH).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>No se encontró %1 en %2. Corrige la ruta en Preferencias → Teléfono (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 no es un programa (%2). Corrige la ruta en Preferencias → Teléfono (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unplug the phone and plug it in again, or run “adb kill-server”, then detect again.</source>
        <translation>Desconecta el teléfono y vuelve a conectarlo, o ejecuta «adb kill-server», y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unplug the phone and plug it in again, then detect again.</source>
        <translation>Desconecta el teléfono, vuelve a conectarlo y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone answered “%1” without any property.</source>
        <translation>El teléfono respondió «%1» sin ninguna propiedad.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.</source>
        <translation>Reinicia el teléfono en modo fastboot (mantén pulsado Bajar volumen al encenderlo) y vuelve a detectarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone did not say which product it is.</source>
        <translation>El teléfono no indicó qué producto es.</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/download/downloadtypes.cpp" line="+96"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix verified</source>
        <translation>verificada por prefijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Reintento en %1 s: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already downloaded, %1</source>
        <translation>ya descargado, %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/httpchecks.cpp" line="+115"/>
        <source>server unreachable (connection refused)</source>
        <translation>servidor inaccesible (conexión rechazada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed by the server</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>se agotó el tiempo de conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unavailable</source>
        <translation>red no disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>se rechazó una redirección insegura (de https a http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error: %1</source>
        <translation>error de TLS: %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/targetlock.cpp" line="+33"/>
        <source>already being downloaded by another process (pid %1)</source>
        <translation>ya lo está descargando otro proceso (pid %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already being downloaded by another process</source>
        <translation>ya lo está descargando otro proceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>no se puede crear el archivo de bloqueo %1: permiso denegado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1</source>
        <translation>no se puede crear el archivo de bloqueo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln conexión</numerusform>
            <numerusform>%Ln conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln espejo</numerusform>
            <numerusform>%Ln espejos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1: %Ln conexión, %2/s</numerusform>
            <numerusform>%1: %Ln conexiones, %2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <location filename="../src/core/download/downloadlistmodel.cpp" line="+52"/>
        <source>/s</source>
        <extracomment>Per second, after a size: &quot;2.5 MB/s&quot;</extracomment>
        <translation>/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
from mirror %3 of %4: %5</source>
        <translation>%1
%2
desde el espejo %3 de %4: %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <extracomment>Column header: the download&apos;s state and how far it got</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror</source>
        <extracomment>Column header: the server (one of several copies of the file) a download comes from</extracomment>
        <translation>Espejo</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/core/download/downloadmanager.cpp" line="+118"/>
        <source>%1 is already in the download queue</source>
        <translation>%1 ya está en la cola de descargas</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message>
        <location filename="../src/gui/downloadnotifier.cpp" line="+66"/>
        <source>No downloads running</source>
        <translation>No hay descargas en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln descarga</numerusform>
            <numerusform>%Ln descargas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1: %2 % (%3 de %4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download complete</source>
        <translation>Descarga completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Show Firmware Browser</source>
        <translation>&amp;Mostrar Firmware Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All Downloads</source>
        <translation>&amp;Pausar todas las descargas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All Downloads</source>
        <translation>&amp;Reanudar todas las descargas</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <location filename="../src/core/download/downloadtransfer.cpp" line="+142"/>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="+109"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the file (%1); free some space and resume</source>
        <translation>no se puede escribir el archivo (%1); libera espacio y reanuda</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>removed by Xiaomi from all mirrors</source>
        <translation>Xiaomi lo retiró de todos los espejos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file is gone from every mirror</source>
        <translation>el archivo ya no está en ningún espejo</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="-14"/>
        <source>not enough space: %1 needed, %2 free; free some space and resume</source>
        <translation>no hay espacio suficiente: se necesitan %1, hay %2 libres; libera espacio y reanuda</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>la conexión terminó tras %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection ended after %1 bytes</source>
        <translation>la conexión terminó tras %1 bytes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2 of %3</source>
        <translation>%1; el servidor respondió a cada reanudación con el archivo entero desde el byte 0 (HTTP 200), y ningún intento pasó del byte %2 de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2</source>
        <translation>%1; el servidor respondió a cada reanudación con el archivo entero desde el byte 0 (HTTP 200), y ningún intento pasó del byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (gave up; failed attempts in a row: %2)</source>
        <translation>%1 (se abandonó; intentos fallidos seguidos: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the server asks to wait %2, longer than allowed</source>
        <translation>%1; el servidor pide esperar %2, más de lo permitido</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No network connection — retry when online</source>
        <translation>Sin conexión de red: reintenta cuando estés en línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mirror could deliver the file; the last one, %1: %2</source>
        <translation>ningún espejo pudo entregar el archivo; el último, %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 too slow (%2/s)</source>
        <translation>%1 demasiado lento (%2/s)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+69"/>
        <source>too slow (%1 B/s); reconnecting</source>
        <translation>demasiado lento (%1 B/s); reconectando</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="-21"/>
        <source>no mirror could deliver the file; the last one, %1</source>
        <translation>ningún espejo pudo entregar el archivo; el último, %1</translation>
    </message>
</context>
<context>
    <name>DownloadWorker</name>
    <message>
        <location filename="../src/core/download/requestcheck.cpp" line="+18"/>
        <source>refused the file name: %1</source>
        <translation>se rechazó el nombre de archivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no download URL</source>
        <translation>no hay URL de descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the URL &apos;%1&apos;: only http and https are supported</source>
        <translation>se rechazó la URL &apos;%1&apos;: solo se admiten http y https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; no es un MD5 (32 dígitos hexadecimales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to write through the symbolic link %1</source>
        <translation>se rechazó escribir a través del enlace simbólico %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworkerresume.cpp" line="+21"/>
        <source>%1 already exists and there is no checksum to compare it with; it was left alone</source>
        <translation>%1 ya existe y no hay suma de comprobación con la que compararlo; no se ha tocado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the existing file</source>
        <translation>comprobando el archivo existente</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checking the partial file</source>
        <translation>comprobando el archivo parcial</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworker.cpp" line="+224"/>
        <source>size mismatch: got %1 bytes, expected %2</source>
        <translation>el tamaño no coincide: se recibieron %1 bytes, se esperaban %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size mismatch: got %1, the catalog says %2</source>
        <translation>el tamaño no coincide: se recibió %1, el catálogo indica %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the MD5</source>
        <translation>comprobando el MD5</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a different file named %1 already exists (MD5 %2); it was not overwritten</source>
        <translation>ya existe otro archivo llamado %1 (MD5 %2); no se sobrescribió</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum mismatch: expected %1, got %2</source>
        <translation>la suma de comprobación no coincide: se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; downloading once more from the start</source>
        <translation>%1; se descarga de nuevo desde el principio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appeared while downloading; it was not overwritten</source>
        <translation>%1 apareció durante la descarga; no se sobrescribió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename %1 to its final name</source>
        <translation>no se puede renombrar %1 con su nombre final</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>size mismatch: got %1 bytes, the server declared %2</source>
        <translation>el tamaño no coincide: se recibieron %1 bytes, el servidor declaró %2</translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message>
        <location filename="../src/gui/downloadsdock.cpp" line="+30"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download of %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded %1.</source>
        <translation>Descargado %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download queue could not be read: %1</source>
        <translation>No se pudo leer la cola de descargas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>Se restauró %Ln descarga sin terminar.</numerusform>
            <numerusform>Se restauraron %Ln descargas sin terminar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalog&apos;s file name “%1” is not safe to save: %2</source>
        <translation>No es seguro guardar con el nombre de archivo del catálogo «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not queued: %1</source>
        <translation>No se añadió a la cola: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Not Queued</source>
        <translation>Descarga no añadida a la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued %1 from %2 into %3.</source>
        <translation>%1 en cola desde %2 en %3.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+46"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Pat&amp;h</source>
        <translation>Copiar r&amp;uta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause &amp;All</source>
        <translation>Pausar &amp;todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume A&amp;ll</source>
        <translation>Reanudar to&amp;do</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Inspect ROM</source>
        <translation>&amp;Examinar ROM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xtract</source>
        <translation>Desco&amp;mprimir</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Download actions</source>
        <translation>Acciones de descarga</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Download details</source>
        <translation>Detalles de la descarga</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Fi&amp;nished</source>
        <translation>&amp;Limpiar terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the download from the list (a finished file stays on disk)</source>
        <translation>Quitar la descarga de la lista (un archivo terminado se queda en el disco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the completed and cancelled downloads from the list</source>
        <translation>Quitar de la lista las descargas terminadas y canceladas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No downloads yet: the Download button of a ROM card adds one here.</source>
        <translation>Aún no hay descargas: el botón Descargar de una tarjeta de ROM añade una aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>La carpeta %1 no existe (todavía).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the path of %1.</source>
        <translation>Se copió la ruta de %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened %1 in your browser.</source>
        <translation>Se abrió %1 en tu navegador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the link to %1.</source>
        <translation>Se copió el enlace a %1.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="-22"/>
        <source>&amp;Copy Selection</source>
        <translation>&amp;Copiar selección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+44"/>
        <source>the feed is empty</source>
        <translation>el feed está vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>no se pudo leer su único registro (%Ln)</numerusform>
            <numerusform>no se pudo leer ninguno de sus %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareList</name>
    <message>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+51"/>
        <source>it is not a list of package records</source>
        <translation>no es una lista de registros de paquetes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="-7"/>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+34"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or &quot;record&quot;</extracomment>
        <translation>registro %1: falta %2 o está mal formado</translation>
    </message>
</context>
<context>
    <name>FlashController</name>
    <message>
        <location filename="../src/gui/flashcontroller.cpp" line="+122"/>
        <source>Its script that keeps your data: %1.</source>
        <translation>Su script que conserva tus datos: %1.</translation>
    </message>
</context>
<context>
    <name>FlashScript</name>
    <message>
        <location filename="../src/core/flash/flashscript.cpp" line="+89"/>
        <source>Flashes every partition, erases all data and relocks the bootloader. Only for the official ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.</source>
        <translation>Flashea todas las particiones, borra todos los datos y vuelve a bloquear el bootloader. Solo para la ROM oficial de este mismo teléfono y región: con una ROM equivocada, un teléfono bloqueado de nuevo puede no volver a arrancar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flashes every partition and keeps your apps, settings and files: the usual way to update.</source>
        <translation>Flashea todas las particiones y conserva tus aplicaciones, ajustes y archivos: la forma habitual de actualizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flashes every partition and erases all data: apps, settings and the files on the phone.</source>
        <translation>Flashea todas las particiones y borra todos los datos: aplicaciones, ajustes y los archivos del teléfono.</translation>
    </message>
</context>
<context>
    <name>FolderListEdit</name>
    <message>
        <location filename="../src/gui/folderlistedit.cpp" line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder with Downloaded ROMs</source>
        <translation>Carpeta con ROM descargadas</translation>
    </message>
</context>
<context>
    <name>InspectRomDialog</name>
    <message>
        <location filename="../src/gui/inspectromdialog.cpp" line="+43"/>
        <source>Inspect ROM</source>
        <translation>Examinar ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extract</source>
        <translation>&amp;Descomprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts</source>
        <translation>Descomprimir esta ROM Fastboot en una carpeta junto a ella, lista para sus scripts de flasheo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot read this ROM: %1</source>
        <translation>No se puede leer esta ROM: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 fits the connected phone, %2.</source>
        <translation>%1 sirve para el teléfono conectado, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extracting %1…</source>
        <translation>Descomprimiendo %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.</source>
        <translation>Ya extraída: %1 ya existe. Ábrala con Abrir carpeta o elimínela para volver a extraer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extraction cancelled; nothing was kept.</source>
        <translation>Descompresión cancelada; no se conservó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot extract: %1</source>
        <translation>No se puede descomprimir: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracted to %1</source>
        <translation>Descomprimida en %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Do not flash %1 on %2: %3.</source>
        <translation>No flashees %1 en %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: check the notes below before flashing it on %2.</source>
        <translation>%1: revisa las notas de abajo antes de flashearla en %2.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="+11"/>
        <source>%Ln record(s) of the feed skipped</source>
        <translation>
            <numerusform>Se omitió %Ln registro del feed</numerusform>
            <numerusform>Se omitieron %Ln registros del feed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/feed/latestfeed.cpp" line="+90"/>
        <location line="+103"/>
        <source>the feed is empty</source>
        <translation>el feed está vacío</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the feed is not a list of ROM records</source>
        <translation>el feed no es una lista de registros de ROM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>registro</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the feed; %2: one of its fields (md5, size…: stay in English) or &quot;record&quot;</extracomment>
        <translation>registro %1: falta %2 o está mal formado</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>no se pudo leer su único registro (%Ln)</numerusform>
            <numerusform>no se pudo leer ninguno de sus %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <location filename="../src/core/flash/localcopy.cpp" line="+16"/>
        <source>Found in %1; checking it…</source>
        <translation>Encontrado en %1; comprobándolo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (verified) in %1</source>
        <translation>Descargado (verificado) en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (MD5 matches the file name) in %1</source>
        <translation>Descargado (el MD5 coincide con el nombre del archivo) en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (not verified: no checksum known) in %1</source>
        <translation>Descargado (sin verificar: no se conoce ninguna suma de comprobación) en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM</source>
        <translation>En %1 hay otro archivo con este nombre (MD5 %2, el catálogo dice %3): no es esta ROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name is in %1 but cannot be read: %2</source>
        <translation>En %1 hay un archivo con este nombre, pero no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Import Page…</source>
        <translation>&amp;Importar página…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a version page saved from xmfirmwareupdater.com to the catalog</source>
        <translation>Añadir al catálogo una página de versión guardada desde xmfirmwareupdater.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify File…</source>
        <translation>&amp;Verificar archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a downloaded ROM file&apos;s MD5 against the catalog</source>
        <translation>Comprobar el MD5 de un archivo ROM descargado con el catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/gui/mainwindow.cpp" line="+312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Contraer todo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Firmware Browser</source>
        <translation>&amp;Acerca de Firmware Browser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-229"/>
        <source>Copied the %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog loaded.</source>
        <translation>No hay ningún catálogo cargado.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Loading catalog…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>No catalog</source>
        <translation>Sin catálogo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The catalog could not be loaded.</source>
        <translation>No se pudo cargar el catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog Not Loaded</source>
        <translation>Catálogo no cargado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Imported Pages Not Loaded</source>
        <translation>Páginas importadas no cargadas</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Downloads Running</source>
        <translation>Descargas en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>Hay %Ln descarga en curso. ¿Salir y pausarla? Se reanudará la próxima vez.</numerusform>
            <numerusform>Hay %Ln descargas en curso. ¿Salir y pausarlas? Se reanudarán la próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Version Page</source>
        <translation>Importar página de versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version pages (*.html *.htm *.md);;All files (*)</source>
        <translation>Páginas de versión guardadas (*.html *.htm *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+293"/>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not imported; the catalog is unchanged.

%1</source>
        <translation>La página no se importó; el catálogo no ha cambiado.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog Not Reloaded</source>
        <translation>Catálogo no recargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was imported, but the catalog could not be reloaded.

%1</source>
        <translation>La página se importó, pero no se pudo recargar el catálogo.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 (%2).</source>
        <translation>Importado %1 (%2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1 in a browser.</source>
        <translation>No se pudo abrir %1 en un navegador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in your browser.</source>
        <translation>Se abrió %1 en tu navegador.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The new language applies the next time Firmware Browser starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Firmware Browser.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify File</source>
        <translation>Verificar archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.zip *.tgz);;All files (*)</source>
        <translation>Archivos ROM (*.zip *.tgz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="-153"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh Catalog</source>
        <translation>&amp;Actualizar catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the ROMs published since the catalog was made (from Xiaomi Firmware Updater&apos;s feed)</source>
        <translation>Añadir las ROM publicadas desde que se creó el catálogo (del feed de Xiaomi Firmware Updater)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What&apos;s New…</source>
        <translation>&amp;Novedades…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ROM files the last catalog refresh brought</source>
        <translation>Los archivos ROM que trajo la última actualización del catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Detect Phone</source>
        <translation>&amp;Detectar teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the phone connected by USB (adb or fastboot mode), select its device and mark its installed and newer versions</source>
        <translation>Buscar el teléfono conectado por USB (adb o modo fastboot), seleccionar su dispositivo y marcar su versión instalada y las más recientes</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowflash.cpp" line="+28"/>
        <source>I&amp;nspect ROM…</source>
        <translation>E&amp;xaminar ROM…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a ROM file holds: product, anti-rollback index, flash scripts, images; and whether it fits the connected phone</source>
        <translation>Qué contiene un archivo de ROM: producto, índice anti-rollback, scripts de flasheo, imágenes; y si sirve para el teléfono conectado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inspect ROM</source>
        <translation>Examinar ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)</source>
        <translation>Archivos de ROM (*.tgz *.tar.gz *.tar *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do Not Flash on the Connected Phone</source>
        <translation>No flashear en el teléfono conectado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was downloaded and verified: %2.</source>
        <translation>%1 se descargó y se verificó: %2.</translation>
    </message>
</context>
<context>
    <name>Md5Hasher</name>
    <message>
        <location filename="../src/core/download/md5hasher.cpp" line="+166"/>
        <source>the file is shorter than expected</source>
        <translation>el archivo es más corto de lo esperado</translation>
    </message>
</context>
<context>
    <name>PageCompleter</name>
    <message>
        <location filename="../src/core/feed/pagecompleter.cpp" line="+40"/>
        <source>the page could not be read: %1</source>
        <translation>no se pudo leer la página: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent the page of %1 %2 instead</source>
        <translation>el servidor envió en su lugar la página de %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the page cache in %1</source>
        <translation>no se pudo escribir la caché de páginas en %1</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../src/core/download/partfile.cpp" line="+74"/>
        <source>cannot open %1 for writing</source>
        <translation>no se puede abrir %1 para escribir</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot shorten %1: %2</source>
        <translation>no se puede acortar %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneCheckView</name>
    <message>
        <location filename="../src/gui/phonecheckview.cpp" line="+30"/>
        <source>Why not to flash this ROM on the connected phone</source>
        <translation>Por qué no flashear esta ROM en el teléfono conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check before flashing</source>
        <translation>Qué comprobar antes de flashear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which script to run</source>
        <translation>Qué script ejecutar</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <location filename="../src/gui/phonecontroller.cpp" line="+19"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a phone…</source>
        <translation>Buscando un teléfono…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone detection needs adb or fastboot.</source>
        <translation>La detección del teléfono necesita adb o fastboot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone found.</source>
        <translation>No se encontró ningún teléfono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected %1.</source>
        <translation>Detectado %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phones connected: %1. Pick one in the Phone panel.</source>
        <translation>Teléfonos conectados: %1. Elige uno en el panel Teléfono.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Check Before Downloading</source>
        <translation>Revisa antes de descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not suit the connected phone, %2.</source>
        <translation>%1 puede no ser adecuada para el teléfono conectado, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download Anyway</source>
        <translation>&amp;Descargar de todos modos</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <location filename="../src/core/phone/phoneinfo.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneMatcher</name>
    <message>
        <location filename="../src/core/phone/phonematcher.cpp" line="+67"/>
        <source>The phone did not say which device it is.</source>
        <translation>El teléfono no indicó qué dispositivo es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog has no ROMs for “%1”.</source>
        <translation>El catálogo no tiene ROM para «%1».</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Este teléfono usa una ROM %1, pero su hardware es un modelo %2 (ro.boot.hwc = %3): probablemente la instaló un vendedor. Volver a una ROM %2 es un cambio de región: necesita el bootloader desbloqueado y una ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In fastboot mode the phone does not say which ROM or region it runs: start Android with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.</source>
        <translation>En modo fastboot el teléfono no indica qué ROM ni qué región tiene: inicia Android con la depuración USB activada para una coincidencia completa. Se muestran las ROM Fastboot más recientes de todas las regiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installed version %1 is not in the catalog.</source>
        <translation>La versión instalada %1 no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused or brick the phone.</source>
        <translation>Índice anti-rollback: %1. Flashear una ROM más antigua que la instalada puede ser rechazado o dejar el teléfono inservible (brick).</translation>
    </message>
</context>
<context>
    <name>PhoneRomCheck</name>
    <message>
        <location filename="../src/core/flash/phoneromcheck.cpp" line="+16"/>
        <source>The phone did not tell its product; this ROM is for %1.</source>
        <translation>El teléfono no indicó su producto; esta ROM es para %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.</source>
        <translation>Esta ROM es para %1 y el teléfono conectado es %2 (%3): no la flashees; sus propios scripts la rechazan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anti-rollback: this ROM&apos;s index is %1, the phone&apos;s is %2: flashing would be refused or brick the phone.</source>
        <translation>Anti-rollback: el índice de esta ROM es %1 y el del teléfono es %2: el flasheo se rechazaría o dejaría el teléfono inservible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anti-rollback: this ROM&apos;s index is %1; the phone tells its own only in fastboot mode (%2). Detect the phone in fastboot mode before flashing.</source>
        <translation>Anti-rollback: el índice de esta ROM es %1; el teléfono solo indica el suyo en modo fastboot (%2). Detecta el teléfono en modo fastboot antes de flashear.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anti-rollback: this ROM&apos;s scripts have the check commented out and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: los scripts de esta ROM tienen la comprobación comentada y el índice del teléfono es %1: asegúrate de que esta ROM no sea más antigua que la instalada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback: this ROM&apos;s scripts do not check it and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: los scripts de esta ROM no lo comprueban y el índice del teléfono es %1: asegúrate de que esta ROM no sea más antigua que la instalada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommended: %1 keeps your data.</source>
        <translation>Recomendado: %1 conserva tus datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).</source>
        <translation>Recomendado: %1 (esta ROM no tiene ningún script que conserve tus datos; borra el teléfono).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 relocks the bootloader: only for the official ROM of this exact phone and region.</source>
        <translation>%1 vuelve a bloquear el bootloader: solo para la ROM oficial de este mismo teléfono y región.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 erases all data.</source>
        <translation>%1 borra todos los datos.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>for another product (%1), not for the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM: %1 the ROM&apos;s product(s), %2 the phone&apos;s (codenames such as whyred)</extracomment>
        <translation>es para otro producto (%1), no para el del teléfono, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>anti-rollback index %1, lower than the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM whose product is right but older than the phone allows</extracomment>
        <translation>índice anti-rollback %1, menor que el del teléfono (%2)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.</source>
        <translation>Esta ROM es para %1 y el teléfono conectado es %2: no la flashees; sus propios scripts la rechazan.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of menus and messages; it changes the next time Firmware Browser starts</source>
        <translation>El idioma de los menús y mensajes; cambia la próxima vez que se inicie Firmware Browser</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download &amp;folder:</source>
        <translation>&amp;Carpeta de descarga:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where ROM files are saved</source>
        <translation>Dónde se guardan los archivos ROM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel downloads:</source>
        <translation>Descargas &amp;simultáneas:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many files download at the same time; the others wait in the queue</source>
        <translation>Cuántos archivos se descargan a la vez; los demás esperan en la cola</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferred &amp;mirror:</source>
        <translation>Espejo &amp;preferido:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mirror a download tries first; when it fails, is missing the file or is far too slow, the file&apos;s other mirrors follow in page order</source>
        <translation>El espejo que una descarga prueba primero; si falla, no tiene el archivo o es demasiado lento, se usan los demás espejos del archivo en el orden de la página</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify the MD5 after downloading</source>
        <translation>&amp;Verificar el MD5 tras la descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When off, files are kept even if they differ from the catalog&apos;s MD5, and are marked “not verified”</source>
        <translation>Si está desactivado, los archivos se conservan aunque su MD5 difiera del catálogo y se marcan como «sin verificar»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes apply to files queued from now on; the parallel limit applies at once.</source>
        <translation>Los cambios se aplican a los archivos que se añadan a la cola a partir de ahora; el límite de descargas simultáneas se aplica de inmediato.</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+36"/>
        <source>Automatic (page order)</source>
        <translation>Automático (orden de la página)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Download Folder</source>
        <translation>Carpeta de descarga</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-237"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check for new ROMs at start, at most every</source>
        <translation>&amp;Buscar ROM nuevas al iniciar, como mucho cada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Xiaomi Firmware Updater&apos;s feed of new ROMs when Firmware Browser starts (View → Refresh Catalog, F5, does it any time)</source>
        <translation>Obtener el feed de ROM nuevas de Xiaomi Firmware Updater al iniciar Firmware Browser (Ver → Actualizar catálogo, F5, lo hace en cualquier momento)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between automatic checks</source>
        <translation>Horas entre comprobaciones automáticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <extracomment>After the refresh interval: hours (&quot;24 h&quot;)</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Feed:</source>
        <extracomment>The list of new ROMs (latest.yml) the catalog refresh reads</extracomment>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed of new ROMs (latest.yml) is fetched first</source>
        <translation>Desde dónde se obtiene primero el feed de ROM nuevas (latest.yml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;llback:</source>
        <extracomment>A second address of the feed, tried when the first fails</extracomment>
        <translation>A&amp;lternativo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed is fetched when the first address fails</source>
        <translation>Desde dónde se obtiene el feed cuando falla la primera dirección</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;adb:</source>
        <translation>&amp;adb:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s adb program; empty finds it on PATH (Debian/Ubuntu: the adb package). On Windows and macOS, the adb of Android&apos;s platform-tools</source>
        <translation>El programa adb de Android; si está vacío, se busca en PATH (Debian/Ubuntu: el paquete adb). En Windows y macOS, el adb de las platform-tools de Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;fastboot:</source>
        <translation>&amp;fastboot:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s fastboot program; empty finds it on PATH (Debian/Ubuntu: the fastboot package)</source>
        <translation>El programa fastboot de Android; si está vacío, se busca en PATH (Debian/Ubuntu: el paquete fastboot)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect the &amp;phone when Firmware Browser starts</source>
        <translation>Detectar el &amp;teléfono al iniciar Firmware Browser</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="-117"/>
        <location line="+1"/>
        <source>Found on PATH</source>
        <translation>Encontrado en PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adb Program</source>
        <translation>Programa adb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastboot Program</source>
        <translation>Programa fastboot</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Downloaded ROMs found here (and in the download folder) are verified and not downloaded again</source>
        <translation>Las ROM descargadas que se encuentren aquí (y en la carpeta de descargas) se verifican y no se vuelven a descargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other folders with downloaded ROMs</source>
        <translation>Otras carpetas con ROM descargadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also look for &amp;ROMs in:</source>
        <translation>Buscar &amp;ROM también en:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-160"/>
        <source>Co&amp;nnections per file:</source>
        <translation>Co&amp;nexiones por archivo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections for one file, spread over all of its mirrors; 1 downloads from one mirror at a time</source>
        <translation>Como mucho estas conexiones para un archivo, repartidas entre todos sus espejos; con 1 se descarga de un espejo cada vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections per &amp;host:</source>
        <translation>Conexiones por &amp;servidor:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections to one mirror host; a host that refuses one more is kept at what it accepts</source>
        <translation>Como mucho estas conexiones a un mismo servidor espejo; un servidor que rechaza una más se queda en las que acepta</translation>
    </message>
</context>
<context>
    <name>RangeConnection</name>
    <message>
        <location filename="../src/core/download/rangeconnection.cpp" line="+125"/>
        <source>the mirror no longer has the file (NoSuchKey)</source>
        <translation>el espejo ya no tiene el archivo (NoSuchKey)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>redirect (HTTP %1) without a usable Location</source>
        <translation>redirección (HTTP %1) sin un Location utilizable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer from the server (HTTP %1)</source>
        <translation>respuesta inesperada del servidor (HTTP %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../src/core/download/replychecks.cpp" line="+51"/>
        <location line="+1"/>
        <source>the server refused the range (HTTP 416)</source>
        <translation>el servidor rechazó el rango (HTTP 416)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s file has %1 bytes, expected %2</source>
        <translation>el archivo del servidor tiene %1 bytes, se esperaban %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s file (%1) differs from the catalog (%2)</source>
        <translation>el archivo del servidor (%1) difiere del catálogo (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected HTTP status %1</source>
        <translation>estado HTTP inesperado %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>the server sent the wrong range</source>
        <translation>el servidor envió un rango incorrecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this mirror&apos;s file has another size</source>
        <translation>el archivo de este espejo tiene otro tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this mirror&apos;s file has another size; starting over</source>
        <translation>el archivo de este espejo tiene otro tamaño; se empieza de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>the file on the server changed</source>
        <translation>el archivo del servidor cambió</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>this mirror has another file (ETag %1)</source>
        <translation>este espejo tiene otro archivo (ETag %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server does not send parts of the file</source>
        <translation>el servidor no envía partes del archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mirror sent a web page instead of the file</source>
        <translation>el espejo envió una página web en lugar del archivo</translation>
    </message>
</context>
<context>
    <name>RomAdvisor</name>
    <message>
        <location filename="../src/core/phone/romadvisor.cpp" line="+91"/>
        <source>This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.</source>
        <translation>Esta ROM es para %1 (%2), no para el teléfono conectado, %3: flashearla puede dejar el teléfono inservible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Esta ROM es para %1 y el teléfono usa una ROM %2: un cambio de región necesita el bootloader desbloqueado y una ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; this phone reports anti = %2.</source>
        <translation>Más antigua que la %1 instalada: volver a una versión anterior puede bloquearse o dejar el teléfono inservible si el índice anti-rollback es mayor; este teléfono indica anti = %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; check it first in fastboot mode (fastboot getvar anti).</source>
        <translation>Más antigua que la %1 instalada: volver a una versión anterior puede bloquearse o dejar el teléfono inservible si el índice anti-rollback es mayor; compruébalo antes en modo fastboot (fastboot getvar anti).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.</source>
        <extracomment>%1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English</extracomment>
        <translation>Una ROM Recovery de la rama %1 y el teléfono usa %2: una ROM Recovery de otra rama puede negarse a instalarse o requerir borrar los datos; una ROM Fastboot cambia de rama.</translation>
    </message>
</context>
<context>
    <name>RomCardWidget</name>
    <message>
        <location filename="../src/gui/romcardwidget.cpp" line="+32"/>
        <source>%1 file %2</source>
        <translation>Archivo %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not published</source>
        <extracomment>Size of a firmware zip that only the site&apos;s download list names (it gives no size)</extracomment>
        <translation>No publicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package name</source>
        <translation>nombre del paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>firmware package name</source>
        <translation>nombre del paquete de firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website publishes no MD5 for vendor packages: a download of this file is not verified unless you give its MD5.</source>
        <translation>El sitio web no publica MD5 para los paquetes vendor: la descarga de este archivo no se verifica a menos que indiques su MD5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The website does not publish an MD5 for this file, so there is none to copy.</source>
        <translation>El sitio web no publica un MD5 para este archivo, así que no hay nada que copiar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Nombre en clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <extracomment>Field of a ROM card. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package Name</source>
        <translation>Nombre del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <extracomment>Field of a ROM card: its download links (a noun)</extracomment>
        <translation>Descarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changelog</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware Package Name</source>
        <extracomment>Field of a firmware-only zip&apos;s card, as the website labels it</extracomment>
        <translation>Nombre del paquete de firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated</source>
        <extracomment>Field of a vendor package&apos;s card: its date, as the website&apos;s vendor list labels it</extracomment>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mirror %1 — %2</source>
        <translation>Espejo %1 — %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download link</source>
        <translation>enlace de descarga</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The website lists no download link for this file.</source>
        <translation>El sitio web no ofrece ningún enlace de descarga para este archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no download link to copy.</source>
        <translation>No hay ningún enlace de descarga que copiar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No download link published</source>
        <translation>No se publicó ningún enlace de descarga</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download from the preferred mirror (Preferences), the others as fallbacks; the arrow picks a mirror</source>
        <translation>Descargar desde el espejo preferido (Preferencias), con los demás como respaldo; la flecha permite elegir un espejo</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Warnings for the connected phone</source>
        <translation>Advertencias para el teléfono conectado</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of %1</source>
        <translation>Abrir la carpeta de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Examinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ROM holds: product, anti-rollback index, flash scripts, images</source>
        <translation>Qué contiene la ROM: producto, índice anti-rollback, scripts de flasheo, imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtract</source>
        <translation>Desco&amp;mprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM next to it, ready for its flash scripts</source>
        <translation>Descomprimir esta ROM Fastboot junto a ella, lista para sus scripts de flasheo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the ROM…</source>
        <translation>Leyendo la ROM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1</source>
        <translation>Índice anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 to keep your data.</source>
        <translation>Ejecuta %1 para conservar tus datos.</translation>
    </message>
</context>
<context>
    <name>RomExtractor</name>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="-54"/>
        <location line="+77"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+77"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>el archivo comprimido está dañado o incompleto: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>reserved name</source>
        <translation>nombre reservado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <location line="+70"/>
        <location line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the link &apos;%1&apos; points at &apos;%2&apos;, which is not a file unpacked before it</source>
        <translation>el enlace «%1» apunta a «%2», que no es un archivo descomprimido antes que él</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a Recovery ROM: it is installed as it is, not unpacked</source>
        <translation>%1 es una ROM Recovery: se instala tal cual, sin descomprimirla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused to unpack %1: %2; nothing was written</source>
        <translation>se rechazó descomprimir %1: %2; no se escribió nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 ya existe; elimínala o elige otra carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free space in %1: the ROM needs %2, %3 are free</source>
        <translation>no hay suficiente espacio libre en %1: la ROM necesita %2 y hay %3 libres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot rename the unpacked folder to %1</source>
        <translation>no se puede cambiar el nombre de la carpeta descomprimida a %1</translation>
    </message>
</context>
<context>
    <name>RomInspectionView</name>
    <message>
        <location filename="../src/gui/rominspectionview.cpp" line="+61"/>
        <location line="+96"/>
        <source>Image</source>
        <extracomment>Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)</extracomment>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Size</source>
        <extracomment>Column header: the size of a file in bytes</extracomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in the ROM</source>
        <translation>Imágenes de la ROM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the check is commented out in the scripts</source>
        <translation>ninguno: la comprobación está comentada en los scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the scripts do not check it</source>
        <translation>ninguno: los scripts no lo comprueban</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>File</source>
        <extracomment>Label: the ROM file on disk that was read
----------
Column header: a file inside a Recovery ROM (payload.bin)</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+6"/>
        <source>Kind</source>
        <extracomment>Label: which kind of ROM a file is (Fastboot or Recovery)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)</source>
        <translation>ROM Fastboot (descomprímela y luego ejecuta uno de sus scripts en modo fastboot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <extracomment>Label: the folder a Fastboot ROM unpacks into</extracomment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery ROM with payload.bin (an A/B update; installed as it is)</source>
        <translation>ROM Recovery con payload.bin (una actualización A/B; se instala tal cual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery ROM (installed as it is)</source>
        <translation>ROM Recovery (se instala tal cual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <extracomment>Label: the phone model code a ROM is built for (its &quot;product&quot;, as fastboot getvar product says)</extracomment>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index</source>
        <translation>Índice anti-rollback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts</source>
        <extracomment>Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)</extracomment>
        <translation>Scripts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpacked size</source>
        <translation>Tamaño descomprimido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive cannot be unpacked safely: %1</source>
        <translation>Este archivo comprimido no se puede descomprimir de forma segura: %1</translation>
    </message>
</context>
<context>
    <name>RomInspector</name>
    <message>
        <location filename="../src/core/flash/rominspector.cpp" line="+108"/>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>el archivo comprimido está dañado o incompleto: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a tar archive without Xiaomi&apos;s flash_all scripts: not a Fastboot ROM</source>
        <translation>%1 es un archivo tar sin los scripts flash_all de Xiaomi: no es una ROM Fastboot</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM</source>
        <translation>el archivo comprimido dice descomprimirse a más de %1 veces su tamaño: una bomba zip, no una ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a zip archive without OTA metadata, payload.bin or updater-script: not a Recovery ROM</source>
        <translation>%1 es un archivo zip sin metadatos OTA, payload.bin ni updater-script: no es una ROM Recovery</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
</context>
<context>
    <name>RomOs</name>
    <message>
        <location filename="../src/core/catalog/xfupage.cpp" line="+45"/>
        <source>Firmware</source>
        <extracomment>The site&apos;s section of firmware-only zips (the phone&apos;s firmware partitions without the system)</extracomment>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>The site&apos;s section of vendor packages (a phone&apos;s vendor partition, flashed under a custom ROM)</extracomment>
        <translation>Vendor</translation>
    </message>
</context>
<context>
    <name>RowMarksDelegate</name>
    <message>
        <location filename="../src/gui/rowmarksdelegate.cpp" line="+26"/>
        <location line="+30"/>
        <source>Installed</source>
        <extracomment>Badge of a version row: installed on the connected phone</extracomment>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Newer</source>
        <extracomment>Badge of a version row: newer than the version on the connected phone</extracomment>
        <translation>Más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <extracomment>Badge of a row: new since the previous catalog refresh</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connected</source>
        <extracomment>Badge of a device row: this device is connected now</extracomment>
        <translation>Conectado</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../src/core/util/safefilename.cpp" line="+11"/>
        <source>the file name is empty</source>
        <translation>el nombre de archivo está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>&apos;%1&apos; no es un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;..&apos;</source>
        <translation>el nombre de archivo &apos;%1&apos; contiene &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is longer than 255 bytes</source>
        <translation>el nombre de archivo supera los 255 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name contains a control character</source>
        <translation>el nombre de archivo contiene un carácter de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in file names</source>
        <translation>el nombre de archivo &apos;%1&apos; contiene &apos;%2&apos;, que no se permite en nombres de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name &apos;%1&apos; starts with a space or ends with a dot or space</source>
        <translation>el nombre de archivo &apos;%1&apos; empieza por un espacio o termina en punto o espacio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is a reserved device name on Windows</source>
        <translation>&apos;%1&apos; es un nombre de dispositivo reservado en Windows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file name &apos;%1&apos; leaves the download folder</source>
        <translation>el nombre de archivo &apos;%1&apos; sale de la carpeta de descarga</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+93"/>
        <source>The running Firmware Browser did not answer: %1</source>
        <translation>El Firmware Browser en ejecución no respondió: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another Firmware Browser is running.</source>
        <translation>Ya se está ejecutando otro Firmware Browser.</translation>
    </message>
</context>
<context>
    <name>VerifyFileDialog</name>
    <message>
        <location filename="../src/gui/verifyfiledialog.cpp" line="+32"/>
        <source>Verify File</source>
        <translation>Verificar archivo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Computing the MD5 of %1 (%2)…</source>
        <translation>Calculando el MD5 de %1 (%2)…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
</context>
<context>
    <name>VerifyOutcome</name>
    <message>
        <location filename="../src/gui/verifyoutcome.cpp" line="+94"/>
        <source>Match — this is %1 of %2 (MD5 %3)</source>
        <translation>Coincide — es %1 de %2 (MD5 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match (MD5 %1)</source>
        <translation>Coincide (MD5 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatch — expected an MD5 starting with %1, got %2: do not flash this file</source>
        <translation>No coincide — se esperaba un MD5 que empezara por %1, se obtuvo %2: no flashees este archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatch — expected %1, got %2: do not flash this file</source>
        <translation>No coincide — se esperaba %1, se obtuvo %2: no flashees este archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix match — the MD5 %1 starts with %2, the digits in the file name</source>
        <translation>Coincide el prefijo — el MD5 %1 empieza por %2, los dígitos del nombre del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checksum known — the MD5 of this file is %1</source>
        <translation>Suma de comprobación desconocida — el MD5 de este archivo es %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was renamed; its bytes are exactly the catalog&apos;s %1.</source>
        <translation>El archivo se renombró; su contenido es exactamente el de %1 del catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is complete and unchanged.</source>
        <translation>El archivo está completo y sin cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. Download it again.</source>
        <translation>El archivo difiere de %1 de %2 del catálogo: está dañado, incompleto o es otra compilación. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. Download it again.</source>
        <translation>Los dígitos del MD5 del nombre del archivo no coinciden con su contenido: está dañado o incompleto. Descárgalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be checked.</source>
        <translation>El catálogo recoge %1 de %2 sin MD5, así que solo se pudieron comprobar los primeros 10 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog, so only the first 10 hex digits could be checked.</source>
        <translation>El archivo no está en el catálogo, así que solo se pudieron comprobar los primeros 10 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>%1 de %2 está en el catálogo sin MD5. Compara el MD5 de arriba con una fuente de confianza antes de flashear.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>El archivo no está en el catálogo. Compara el MD5 de arriba con una fuente de confianza antes de flashear.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Incomplete: the file is %1, %2 of %3 is %4. Download it again.</source>
        <translation>Incompleto: el archivo ocupa %1 y %2 de %3 ocupa %4. Descárgalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>VersionRequest</name>
    <message>
        <location filename="../src/gui/versionrequest.cpp" line="+75"/>
        <source>“%1” is not a link to xmfirmwareupdater.com.</source>
        <translation>«%1» no es un enlace a xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a link to a device or version page of the website.</source>
        <translation>«%1» no es un enlace a una página de dispositivo o de versión del sitio web.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Expected a codename and a version, or a link to a version page.</source>
        <translation>Se esperaba un nombre en clave y una versión, o un enlace a una página de versión.</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../src/gui/whatsnewdialog.cpp" line="+28"/>
        <source>What&apos;s New</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Rama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROM files</source>
        <translation>Archivos ROM nuevos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5).</source>
        <translation>Ninguna actualización del catálogo ha traído archivos nuevos todavía. Usa Ver → Actualizar catálogo (F5).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>, %Ln para tus dispositivos (en negrita)</numerusform>
            <numerusform>, %Ln para tus dispositivos (en negrita)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — first seen by the refresh of %2. Double-click a row to show it.</source>
        <translation>%1 — vistos por primera vez en la actualización del %2. Haz doble clic en una fila para mostrarla.</translation>
    </message>
</context>
<context>
    <name>XfuPageReader</name>
    <message>
        <location filename="../src/core/catalog/xfupagereader.cpp" line="+64"/>
        <source>the &quot;%1&quot; item is not closed (truncated page?)</source>
        <translation>el elemento «%1» no está cerrado (¿página truncada?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;%1&quot; item appears twice</source>
        <translation>el elemento «%1» aparece dos veces</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the download link &quot;%1&quot; is not an http(s) URL</source>
        <translation>el enlace de descarga «%1» no es una URL http(s)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package name &quot;%1&quot; is not a plain file name</source>
        <translation>el nombre del paquete «%1» no es un nombre de archivo simple</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the MD5 &quot;%1&quot; is neither 32 hex digits nor &quot;Unknown&quot;</source>
        <translation>el MD5 «%1» no tiene 32 dígitos hexadecimales ni es «Unknown»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no Full ROM download link</source>
        <translation>no hay enlace de descarga de la Full ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the changelog is missing or not closed (truncated page?)</source>
        <translation>falta el registro de cambios o no está cerrado (¿página truncada?)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+74"/>
        <source>it is %1 bytes long; a version page is under %2 bytes</source>
        <translation>ocupa %1 bytes; una página de versión ocupa menos de %2 bytes</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>it is binary data, not a version page</source>
        <translation>son datos binarios, no una página de versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>no es texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no front matter (the &quot;---&quot; block with title, codename and permalink)</source>
        <translation>no tiene front matter (el bloque «---» con title, codename y permalink)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its permalink names &quot;%1&quot;, which is not a plain codename or version</source>
        <translation>su permalink menciona «%1», que no es un nombre en clave ni una versión simples</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>card %1: %2</source>
        <translation>tarjeta %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no ROM cards</source>
        <translation>no tiene tarjetas de ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open it: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a firmware card has a &quot;%1&quot; field</source>
        <translation>una tarjeta de firmware tiene un campo &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the MD5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>el MD5 &quot;%1&quot; no son 32 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no firmware download button</source>
        <translation>no hay botón de descarga del firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download button asks for &quot;%1&quot;, not the package &quot;%2&quot;</source>
        <translation>el botón de descarga pide &quot;%1&quot;, no el paquete &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>its permalink &quot;%1&quot; is not /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</source>
        <translation>su enlace permanente &quot;%1&quot; no es /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</translation>
    </message>
</context>
<context>
    <name>YamlRecords</name>
    <message>
        <location filename="../src/core/feed/yamlrecords.cpp" line="+224"/>
        <source>not valid YAML (line %1, column %2): %3</source>
        <translation>YAML no válido (línea %1, columna %2): %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+24"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse the Xiaomi Firmware Updater ROM catalog.</source>
        <translation>Explora el catálogo de ROM de Xiaomi Firmware Updater.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device codename (gemini), or a link to a version page on xmfirmwareupdater.com.</source>
        <translation>Nombre en clave del dispositivo (gemini) o un enlace a una página de versión en xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version to open (7.6.8).</source>
        <translation>Versión que se abrirá (7.6.8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file (.zip, .tgz) to verify against the catalog, or a saved version page (.html, .md) to import.</source>
        <translation>Un archivo ROM (.zip, .tgz) para verificar con el catálogo, o una página de versión guardada (.html, .md) para importar.</translation>
    </message>
</context>
<context>
    <name>md5OfFile</name>
    <message>
        <location filename="../src/core/util/filedigest.cpp" line="+30"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
</TS>
